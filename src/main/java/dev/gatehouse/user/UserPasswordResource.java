package dev.gatehouse.user;

import dev.gatehouse.web.ProblemException;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * An admin (auth.change_user) sets a user's password or makes it unusable, and only for a user holding nothing
 * the admin does not (a superuser's only by a superuser): whoever sets the password owns the account.
 */
@Path("/users/{id}/password")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UserPasswordResource {

    private final PasswordService passwords;
    private final PermissionGuard guard;
    private final PrivilegeGuard privileges;
    private final CurrentUser caller;

    UserPasswordResource(PasswordService passwords, PermissionGuard guard, PrivilegeGuard privileges,
            CurrentUser caller) {
        this.passwords = passwords;
        this.guard = guard;
        this.privileges = privileges;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@RestPath String id, @Valid @NotNull PasswordSet request) {
        UUID userId = Params.uuid(id, "id");
        guard.require(caller.id(), "auth.change_user");
        privileges.requireMayChangeCredentials(caller.id(), userId);
        return answer(passwords.set(userId, request.password()), userId);
    }

    @DELETE
    public Response makeUnusable(@RestPath String id) {
        UUID userId = Params.uuid(id, "id");
        guard.require(caller.id(), "auth.change_user");
        privileges.requireMayChangeCredentials(caller.id(), userId);
        return answer(passwords.makeUnusable(userId), userId);
    }

    private static Response answer(boolean found, UUID userId) {
        if (!found) {
            throw ProblemException.noSuchUser(userId);
        }
        return Response.noContent().build();
    }
}

package dev.gatehouse.auth.throttle;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code DELETE /users/{id}/lockout}: an admin (auth.change_user) unlocks a user holding nothing the admin does
 * not; 204 even when none was locked.
 */
@Path("/users/{id}/lockout")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LockoutResource {

    private final Lockouts lockouts;
    private final PermissionGuard guard;
    private final PrivilegeGuard privileges;
    private final CurrentUser caller;

    LockoutResource(Lockouts lockouts, PermissionGuard guard, PrivilegeGuard privileges, CurrentUser caller) {
        this.lockouts = lockouts;
        this.guard = guard;
        this.privileges = privileges;
        this.caller = caller;
    }

    @DELETE
    public Response unlock(@RestPath String id) {
        UUID userId = Params.uuid(id, "id");
        guard.require(caller.id(), "auth.change_user");
        // lifting the lockout again and again would let the admin guess the password of a user holding more
        privileges.requireMayChangeCredentials(caller.id(), userId);
        if (!lockouts.unlock(userId)) {
            throw ProblemException.noSuchUser(userId);
        }
        return Response.noContent().build();
    }
}

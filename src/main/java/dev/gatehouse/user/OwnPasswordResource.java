package dev.gatehouse.user;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller changes their own password (the old-password check is throttled like a login); their refresh tokens are revoked. */
@Path("/users/me/password")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OwnPasswordResource {

    private final PasswordService passwords;
    private final CurrentUser caller;
    private final PermissionGuard guard;
    private final PasswordCheckLimit limit;

    OwnPasswordResource(PasswordService passwords, CurrentUser caller, PermissionGuard guard, PasswordCheckLimit limit) {
        this.passwords = passwords;
        this.caller = caller;
        this.guard = guard;
        this.limit = limit;
    }

    @POST
    public Response change(@Valid @NotNull PasswordChange request, @Context HttpServerRequest http) {
        guard.requireActive(caller.id());
        passwords.change(caller.id(), request, limit.clientAddress(http));
        return Response.noContent().build();
    }
}

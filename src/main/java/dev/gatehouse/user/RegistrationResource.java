package dev.gatehouse.user;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code POST /auth/register}: self sign-up (off unless {@code gatehouse.registration.enabled}). */
@PermitAll
@Path("/auth/register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private final Registration registration;

    RegistrationResource(Registration registration) {
        this.registration = registration;
    }

    @POST
    public Response register(@Valid @NotNull RegistrationRequest request) {
        UserView user = registration.register(request);
        return Response.created(URI.create("/users/" + user.id())).entity(user).build();
    }
}

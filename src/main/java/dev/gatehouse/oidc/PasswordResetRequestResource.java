package dev.gatehouse.oidc;

import dev.gatehouse.auth.throttle.ClientAddress;
import dev.gatehouse.email.PasswordResets;
import dev.gatehouse.web.PreferredLanguage;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /auth/password-reset} with JSON, for applications that show their own form: the same empty 202
 * whether or not the email has an account (only a malformed body or an over-used address is a problem). The
 * browser's form posts to the same path ({@link PasswordResetPageResource}).
 */
@PermitAll
@Path("/auth/password-reset")
public class PasswordResetRequestResource {

    /** The JSON body; an unknown field is ignored like everywhere else. */
    public record PasswordResetRequest(String email) {}

    private final PasswordResets resets;
    private final ClientAddress clientAddress;

    PasswordResetRequestResource(PasswordResets resets, ClientAddress clientAddress) {
        this.resets = resets;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response request(PasswordResetRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context HttpServerRequest http) {
        resets.request(body == null ? null : body.email(), PasswordResetPageResource.network(clientAddress, http),
                PreferredLanguage.pick(language));
        return Response.accepted().build();
    }
}

package dev.gatehouse.email;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.PreferredLanguage;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller asks for a link that verifies their email; the mail is in the language their request prefers. */
@Path("/users/me/email-verification")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

    private final EmailVerifications verifications;
    private final CurrentUser caller;
    private final PermissionGuard guard;

    EmailVerificationResource(EmailVerifications verifications, CurrentUser caller, PermissionGuard guard) {
        this.verifications = verifications;
        this.caller = caller;
        this.guard = guard;
    }

    @POST
    public Response send(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        guard.requireActive(caller.id());
        if (caller.authBackend().filter("client"::equals).isPresent()) {
            throw ProblemException.forbidden("A client's service account has no mailbox to verify.");
        }
        verifications.send(caller.id(), PreferredLanguage.pick(acceptLanguage));
        return Response.accepted().build();
    }
}

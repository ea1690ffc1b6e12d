package dev.gatehouse.oidc;

import dev.gatehouse.email.EmailVerifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page a mailed verification link opens. GET only shows the address and a button, because mail scanners
 * and link previews open links by themselves; the button's POST verifies. Every bad link gets the same page.
 * No CSRF token: a forged POST could only verify the address the link was mailed to, for its owner.
 */
@PermitAll
@Path("/auth/email-verification")
@Produces(MediaType.TEXT_HTML)
public class EmailVerificationPageResource {

    private final EmailVerifications verifications;
    private final Pages pages;
    private final ErrorPages errors;

    EmailVerificationPageResource(EmailVerifications verifications, Pages pages, ErrorPages errors) {
        this.verifications = verifications;
        this.pages = pages;
        this.errors = errors;
    }

    @GET
    public Response confirm(@QueryParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return page(verifications.pending(token), "confirm", token, language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@FormParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return page(verifications.verify(token), "done", token, language);
    }

    private Response page(Optional<String> email, String state, String token, String acceptLanguage) {
        Locale locale = Languages.pick(acceptLanguage);
        Map<String, Object> data = email.isPresent()
                ? Map.of("lang", locale.toLanguageTag(), "state", state, "email", email.get(), "token", token)
                : Map.of("lang", locale.toLanguageTag(), "state", "invalid", "email", "", "token", "");
        return PageHeaders.page(email.isPresent() ? 200 : 400, pages.render("verify-email", locale, data), locale,
                Optional.empty());
    }

    @ServerExceptionMapper
    public Response failure(Throwable failure, HttpHeaders headers) {
        return errors.of(failure, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

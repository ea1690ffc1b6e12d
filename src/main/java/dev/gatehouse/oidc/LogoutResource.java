package dev.gatehouse.oidc;

import dev.gatehouse.session.SessionCookie;
import dev.gatehouse.web.Failures;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code /auth/logout}, the end_session_endpoint (OpenID Connect RP-Initiated Logout 1.0): the RP's request by
 * GET or form POST, and the POST of the confirmation form, told apart by its {@code csrf_token}.
 */
@PermitAll
@Path("/auth/logout")
@Produces(MediaType.TEXT_HTML)
public class LogoutResource {

    private static final Logger LOG = Logger.getLogger(LogoutResource.class);
    private static final String BAD_REQUEST = "The request could not be understood. Go back to the application and try again.";

    private final LogoutService logout;
    private final LogoutPage page;
    private final LogoutCsrf csrf;
    private final SessionCookie sessionCookie;

    LogoutResource(LogoutService logout, LogoutPage page, LogoutCsrf csrf, SessionCookie sessionCookie) {
        this.logout = logout;
        this.page = page;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
    }

    @GET
    public Response request(@RestQuery("id_token_hint") String hint, @RestQuery("client_id") String clientId,
            @RestQuery("post_logout_redirect_uri") String redirectUri, @RestQuery String state,
            @RestQuery("ui_locales") String uiLocales, @Context HttpHeaders headers) {
        LogoutRequest request = new LogoutRequest(hint, clientId, redirectUri, state, uiLocales);
        return page.respond(logout.request(request, sessionCookie.secretIn(headers)), request, csrfCookie(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("id_token_hint") String hint, @FormParam("client_id") String clientId,
            @FormParam("post_logout_redirect_uri") String redirectUri, @FormParam("state") String state,
            @FormParam("ui_locales") String uiLocales, @FormParam("csrf_token") String csrfToken,
            @Context HttpHeaders headers) {
        LogoutRequest request = new LogoutRequest(hint, clientId, redirectUri, state, uiLocales);
        String session = sessionCookie.secretIn(headers);
        if (csrfToken == null) {
            return page.respond(logout.request(request, session), request, csrfCookie(headers));
        }
        if (!csrf.matches(csrfToken, csrfCookie(headers))) {
            return page.error(403, "This logout form could not be verified, so you were not logged out. "
                    + "Go back to the application and log out again.");
        }
        return page.respond(logout.confirm(request, session), request, csrfCookie(headers));
    }

    /** A page, never problem+json or a trace: a malformed or oversized request is the browser's 4xx. */
    @ServerExceptionMapper
    public Response failure(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return page.error(web.getResponse().getStatus(), BAD_REQUEST);
        }
        if (failure instanceof IllegalArgumentException || Failures.isInvalidData(failure)) {
            return page.error(400, BAD_REQUEST); // an undecodable value, a NUL the database refuses
        }
        if (Failures.isDatabaseUnavailable(failure)) {
            LOG.warnf("Database unavailable: %s", failure.getMessage());
            return page.error(503, "Gatehouse is temporarily unavailable. Try again shortly.");
        }
        LOG.error("Unexpected failure of a logout", failure);
        return page.error(500, "An unexpected error occurred. Try again shortly.");
    }

    private String csrfCookie(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(csrf.cookieName());
        return cookie == null ? null : cookie.getValue();
    }
}

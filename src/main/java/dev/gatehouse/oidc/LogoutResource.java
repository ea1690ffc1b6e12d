package dev.gatehouse.oidc;

import dev.gatehouse.session.SessionCookie;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    private final LogoutService logout;
    private final LogoutPage page;
    private final LogoutCsrf csrf;
    private final ErrorPages errors;
    private final SessionCookie sessionCookie;
    private final BrowserCookie browserCookie;

    LogoutResource(LogoutService logout, LogoutPage page, LogoutCsrf csrf, ErrorPages errors,
            SessionCookie sessionCookie, BrowserCookie browserCookie) {
        this.logout = logout;
        this.page = page;
        this.csrf = csrf;
        this.errors = errors;
        this.sessionCookie = sessionCookie;
        this.browserCookie = browserCookie;
    }

    @GET
    public Response request(@RestQuery("id_token_hint") String hint, @RestQuery("client_id") String clientId,
            @RestQuery("post_logout_redirect_uri") String redirectUri, @RestQuery String state,
            @RestQuery("ui_locales") String uiLocales, @Context HttpHeaders headers) {
        LogoutRequest request = new LogoutRequest(hint, clientId, redirectUri, state, uiLocales);
        return respond(logout.request(request, sessionCookie.secretIn(headers)), request, headers);
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
            return respond(logout.request(request, session), request, headers);
        }
        if (!csrf.matches(csrfToken, AuthorizeResource.cookie(headers, browserCookie.name()))) {
            throw new PageError(PageError.Reason.LOGOUT_FORGED, "Logout CSRF token does not match the browser cookie");
        }
        return respond(logout.confirm(request, session), request, headers);
    }

    /** A page, never problem+json or a trace: a malformed or oversized request is the browser's 4xx. */
    @ServerExceptionMapper
    public Response failure(Throwable failure, HttpHeaders headers) {
        return errors.of(failure, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private Response respond(LogoutOutcome outcome, LogoutRequest request, HttpHeaders headers) {
        return page.respond(outcome, request, AuthorizeResource.cookie(headers, browserCookie.name()),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

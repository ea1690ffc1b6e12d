package dev.gatehouse.oidc;

import dev.gatehouse.session.SessionCookie;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The authorization endpoint (RFC 6749 §3.1; OIDC Core §3.1.2.1 asks for GET and form POST alike). Public: the
 * browser arrives here before anyone has logged in. Errors are pages or redirects, never problem+json.
 */
@PermitAll
@Path("/auth/authorize")
@Produces(MediaType.TEXT_HTML)
public class AuthorizeResource {

    private final AuthorizationFlow flow;
    private final LoginPage page;
    private final ErrorPages errors;
    private final SessionCookie sessionCookie;
    private final BrowserCookie browserCookie;

    AuthorizeResource(AuthorizationFlow flow, LoginPage page, ErrorPages errors, SessionCookie sessionCookie,
            BrowserCookie browserCookie) {
        this.flow = flow;
        this.page = page;
        this.errors = errors;
        this.sessionCookie = sessionCookie;
        this.browserCookie = browserCookie;
    }

    @GET
    public Response authorize(@Context UriInfo uri, @Context HttpHeaders headers) {
        return authorize(uri.getQueryParameters(true), headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response authorizeForm(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return authorize(form, headers);
    }

    private Response authorize(MultivaluedMap<String, String> params, HttpHeaders headers) {
        Outcome outcome = flow.authorize(params, cookie(headers, sessionCookie.name()), cookie(headers, browserCookie.name()));
        return page.respond(outcome, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static String cookie(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null ? null : cookie.getValue();
    }

    @ServerExceptionMapper
    public Response failure(Throwable failure, HttpHeaders headers) {
        return errors.of(failure, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

package dev.gatehouse.oidc;

import dev.gatehouse.auth.throttle.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The hosted login form's POST: the login, then the redirect back to the client, or the form again. */
@PermitAll
@Path("/auth/login")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private final FormLogin login;
    private final LoginPage page;
    private final ErrorPages errors;
    private final BrowserCookie browserCookie;
    private final ClientAddress clientAddress;

    LoginResource(FormLogin login, LoginPage page, ErrorPages errors, BrowserCookie browserCookie,
            ClientAddress clientAddress) {
        this.login = login;
        this.page = page;
        this.errors = errors;
        this.browserCookie = browserCookie;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("request") String request, @FormParam("csrf_token") String csrfToken,
            @FormParam("email") String email, @FormParam("password") String password, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        FormLogin.Submission submission = new FormLogin.Submission(request, csrfToken, email, password,
                AuthorizeResource.cookie(headers, browserCookie.name()), headers.getHeaderString(HttpHeaders.USER_AGENT),
                clientAddress.of(http));
        return page.respond(login.submit(submission), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper
    public Response failure(Throwable failure, HttpHeaders headers) {
        return errors.of(failure, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

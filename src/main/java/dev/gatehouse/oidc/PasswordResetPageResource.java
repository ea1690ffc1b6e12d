package dev.gatehouse.oidc;

import dev.gatehouse.auth.throttle.ClientAddress;
import dev.gatehouse.email.PasswordResets;
import dev.gatehouse.email.PasswordResets.Completion;
import dev.gatehouse.password.HashingSaturated;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.User;
import dev.gatehouse.web.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The hosted password reset pages. {@code /auth/password-reset}: the email form ("Forgot password?" on the
 * login page) and its POST, the same "check your mail" page whatever the email. {@code /auth/password-reset/new}:
 * the page the mailed link opens; GET only shows the form (mail scanners open links), its POST sets the password.
 * That POST carries a CSRF token derived from the browser cookie and the link, so only the browser the link was
 * opened in can submit it; the email form needs none, since a forged one only mails its owner a link.
 */
@PermitAll
@Path("/auth/password-reset")
@Produces(MediaType.TEXT_HTML)
public class PasswordResetPageResource {

    private final PasswordResets resets;
    private final Pages pages;
    private final ErrorPages errors;
    private final BrowserCookie browserCookie;
    private final ClientAddress clientAddress;

    PasswordResetPageResource(PasswordResets resets, Pages pages, ErrorPages errors, BrowserCookie browserCookie,
            ClientAddress clientAddress) {
        this.resets = resets;
        this.pages = pages;
        this.errors = errors;
        this.browserCookie = browserCookie;
        this.clientAddress = clientAddress;
    }

    @GET
    public Response askForEmail(@Context HttpHeaders headers) {
        return emailPage(200, "ask", 0, language(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@FormParam("email") String email, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        Locale locale = language(headers);
        try {
            resets.request(email, network(clientAddress, http), locale);
            return emailPage(202, "sent", 0, locale);
        } catch (ProblemException problem) {
            if (problem.status() == 429) {
                return Response.fromResponse(emailPage(429, "limited", problem.retryAfterSeconds(), locale))
                        .header("Retry-After", problem.retryAfterSeconds()).build();
            }
            return emailPage(400, "invalid", 0, locale);
        }
    }

    @GET
    @Path("new")
    public Response newPasswordForm(@QueryParam("token") String token, @Context HttpHeaders headers) {
        Locale locale = language(headers);
        Optional<User> user = resets.pending(token);
        if (user.isEmpty()) {
            return newPasswordPage(400, "invalid", Map.of(), locale, Optional.empty());
        }
        String browser = browserCookie.valueFor(AuthorizeResource.cookie(headers, browserCookie.name()));
        return newPasswordPage(200, "form", Map.of("email", user.get().email, "token", token,
                "csrfToken", csrfToken(browser, token)), locale, Optional.of(browser));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@FormParam("token") String token, @FormParam("csrf_token") String csrf,
            @FormParam("password") String password, @FormParam("password_again") String again,
            @Context HttpHeaders headers) {
        Locale locale = language(headers);
        String browser = AuthorizeResource.cookie(headers, browserCookie.name());
        if (token == null || !csrfMatches(csrf, browser, token)) {
            return newPasswordPage(403, "forged", Map.of(), locale, Optional.empty());
        }
        Optional<User> user = resets.pending(token);
        if (user.isEmpty()) {
            return newPasswordPage(400, "invalid", Map.of(), locale, Optional.empty());
        }
        Map<String, Object> form = Map.of("email", user.get().email, "token", token, "csrfToken", csrf);
        if (password == null || password.isEmpty() || !password.equals(again)) {
            return newPasswordPage(400, "form", with(form, "mismatch", true), locale, Optional.empty());
        }
        Completion done;
        try {
            done = resets.complete(token, password, locale);
        } catch (HashingSaturated saturated) {
            // nothing changed (the transaction rolled back): the form again, to be sent once hashing has room
            Response busy = newPasswordPage(503, "form", with(form, "busy", true), locale, Optional.empty());
            return Response.fromResponse(busy).header("Retry-After", saturated.retryAfterSeconds()).build();
        }
        if (done instanceof Completion.Rejected rejected) {
            return newPasswordPage(400, "form", with(form, "violations", rejected.violations()), locale,
                    Optional.empty());
        }
        return done instanceof Completion.Done ? newPasswordPage(200, "done", Map.of(), locale, Optional.empty())
                : newPasswordPage(400, "invalid", Map.of(), locale, Optional.empty());
    }

    /** The network the per-address throttle counts (an IPv6 address's /64); null when unknown. */
    static String network(ClientAddress clientAddress, HttpServerRequest http) {
        String address = clientAddress.of(http);
        return address == null ? null : ClientAddress.network(address);
    }

    /** One-way, so the page never shows the cookie's value; bound to the link, so it differs per link. */
    static String csrfToken(String browserValue, String token) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Secrets.sha256("password-reset-csrf:" + browserValue + ":" + token));
    }

    private static boolean csrfMatches(String csrf, String browserValue, String token) {
        if (csrf == null || !BrowserCookie.isWellFormed(browserValue)) {
            return false;
        }
        return MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                csrfToken(browserValue, token).getBytes(StandardCharsets.UTF_8));
    }

    private Response emailPage(int status, String state, long seconds, Locale locale) {
        String html = pages.render("password-reset", locale, Map.of("lang", locale.toLanguageTag(), "state", state,
                "seconds", seconds));
        return PageHeaders.page(status, html, locale, Optional.empty());
    }

    private Response newPasswordPage(int status, String state, Map<String, Object> data, Locale locale,
            Optional<String> newBrowserValue) {
        Map<String, Object> all = new HashMap<>(Map.of("lang", locale.toLanguageTag(), "state", state, "email", "",
                "token", "", "csrfToken", "", "mismatch", false, "busy", false, "violations", List.of()));
        all.putAll(data);
        Response page = PageHeaders.page(status, pages.render("new-password", locale, all), locale, Optional.empty());
        return newBrowserValue.map(value -> Response.fromResponse(page).cookie(browserCookie.of(value)).build())
                .orElse(page);
    }

    private static Map<String, Object> with(Map<String, Object> data, String key, Object value) {
        Map<String, Object> more = new HashMap<>(data);
        more.put(key, value);
        return more;
    }

    private static Locale language(HttpHeaders headers) {
        return Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper
    public Response failure(Throwable failure, HttpHeaders headers) {
        return errors.of(failure, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

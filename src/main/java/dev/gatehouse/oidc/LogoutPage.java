package dev.gatehouse.oidc;

import dev.gatehouse.session.SessionCookie;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a {@link LogoutOutcome} into the browser's answer: the confirmation form (with its CSRF cookie), the
 * 303 back to the client, or the logged-out page; the session cookie is cleared once logged out.
 */
@ApplicationScoped
public class LogoutPage {

    private final Engine engine;
    private final SessionCookie sessionCookie;
    private final LogoutCsrf csrf;

    LogoutPage(Engine engine, SessionCookie sessionCookie, LogoutCsrf csrf) {
        this.engine = engine;
        this.sessionCookie = sessionCookie;
        this.csrf = csrf;
    }

    public Response respond(LogoutOutcome outcome, LogoutRequest request, String csrfCookie) {
        if (outcome.needsConfirmation()) {
            return confirmation(outcome, request, csrf.browserValue(csrfCookie));
        }
        if (outcome.redirect().isPresent()) {
            return Response.seeOther(outcome.redirect().get()).header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer").cookie(sessionCookie.cleared()).build();
        }
        Map<String, Object> data = new HashMap<>();
        data.put("notice", notice(outcome));
        return Response.fromResponse(page(200, render("done", data))).cookie(sessionCookie.cleared()).build();
    }

    /** The error page of the logout endpoint: 403 for a confirmation whose CSRF token does not match. */
    public Response error(int status, String message) {
        return page(status, render("error", Map.of("message", message)));
    }

    private Response confirmation(LogoutOutcome outcome, LogoutRequest request, String browserValue) {
        Map<String, Object> data = new HashMap<>();
        data.put("notice", notice(outcome));
        data.put("csrfToken", csrf.tokenFor(browserValue));
        data.put("idTokenHint", orEmpty(request.idTokenHint()));
        data.put("clientId", orEmpty(request.clientId()));
        data.put("postLogoutRedirectUri", orEmpty(request.postLogoutRedirectUri()));
        data.put("state", orEmpty(request.state()));
        data.put("uiLocales", orEmpty(request.uiLocales()));
        return Response.fromResponse(page(200, render("confirm", data))).cookie(csrf.cookie(browserValue)).build();
    }

    private String render(String name, Map<String, Object> data) {
        var instance = engine.getTemplate("logout/" + name).instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private static String notice(LogoutOutcome outcome) {
        return outcome.problem().map(LogoutPage::text).orElse("");
    }

    private static String text(LogoutProblem problem) {
        return switch (problem) {
            case INVALID_HINT, CLIENT_MISMATCH, UNKNOWN_CLIENT ->
                    "The application that sent you here could not be verified, so you will not be sent back to it.";
            case UNREGISTERED_REDIRECT, REDIRECT_WITHOUT_HINT ->
                    "The application asked to send you to an address it has not registered, so you will not be sent back to it.";
        };
    }

    private static Response page(int status, String html) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(html)
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .header("Referrer-Policy", "no-referrer").header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Cache-Control", "no-store").build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

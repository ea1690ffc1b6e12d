package dev.gatehouse.oidc;

import dev.gatehouse.session.SessionCookie;
import dev.gatehouse.web.PreferredLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link LogoutOutcome} into the browser's answer: the confirmation form {@code logout.html} (with the
 * browser cookie its CSRF token is bound to), the 303 back to the client, or {@code logged-out.html}; the
 * session cookie is cleared once logged out. The language is the first of {@code ui_locales} the bundle has
 * (RP-Initiated Logout §2), else the browser's.
 */
@ApplicationScoped
public class LogoutPage {

    /** Where the confirmation form posts; {@code LogoutResource}'s path. */
    static final String ACTION = "/auth/logout";

    private final Pages pages;
    private final SessionCookie sessionCookie;
    private final BrowserCookie browserCookie;
    private final LogoutCsrf csrf;

    LogoutPage(Pages pages, SessionCookie sessionCookie, BrowserCookie browserCookie, LogoutCsrf csrf) {
        this.pages = pages;
        this.sessionCookie = sessionCookie;
        this.browserCookie = browserCookie;
        this.csrf = csrf;
    }

    public Response respond(LogoutOutcome outcome, LogoutRequest request, String browserValue, String acceptLanguage) {
        Locale locale = language(request.uiLocales(), acceptLanguage);
        if (outcome.needsConfirmation()) {
            return confirmation(outcome, request, browserCookie.valueFor(browserValue), locale);
        }
        if (outcome.redirect().isPresent()) {
            return PageHeaders.redirect(outcome.redirect().get()).cookie(sessionCookie.cleared()).build();
        }
        Map<String, Object> data = new HashMap<>();
        data.put("lang", locale.toLanguageTag());
        data.put("notice", notice(outcome, locale));
        Response page = PageHeaders.page(200, pages.render("logged-out", locale, data), locale, Optional.empty());
        return Response.fromResponse(page).cookie(sessionCookie.cleared()).build();
    }

    private Response confirmation(LogoutOutcome outcome, LogoutRequest request, String browserValue, Locale locale) {
        Map<String, Object> data = new HashMap<>();
        data.put("lang", locale.toLanguageTag());
        data.put("action", ACTION);
        data.put("notice", notice(outcome, locale));
        data.put("csrfToken", csrf.tokenFor(browserValue));
        data.put("idTokenHint", orEmpty(request.idTokenHint()));
        data.put("clientId", orEmpty(request.clientId()));
        data.put("postLogoutRedirectUri", orEmpty(request.postLogoutRedirectUri()));
        data.put("state", orEmpty(request.state()));
        data.put("uiLocales", orEmpty(request.uiLocales()));
        // form-action must allow the redirect that may answer the form (Chrome applies it to redirects)
        Optional<String> target = outcome.problem().isPresent() ? Optional.empty()
                : Optional.ofNullable(request.postLogoutRedirectUri());
        Response page = PageHeaders.page(200, pages.render("logout", locale, data), locale, target);
        return Response.fromResponse(page).cookie(browserCookie.of(browserValue)).build();
    }

    /** The first of the space-separated {@code ui_locales} the bundle has, else the Accept-Language choice. */
    static Locale language(String uiLocales, String acceptLanguage) {
        if (uiLocales != null && !uiLocales.isBlank() && uiLocales.length() <= 200) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(String.join(",", uiLocales.trim().split("\\s+"))),
                        PreferredLanguage.SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException e) {
                // a malformed ui_locales is ignored, as an unsupported one is
            }
        }
        return Languages.pick(acceptLanguage);
    }

    private static String notice(LogoutOutcome outcome, Locale locale) {
        PageMessages texts = PageTexts.of(locale);
        return outcome.problem().map(problem -> switch (problem) {
            case INVALID_HINT, CLIENT_MISMATCH, UNKNOWN_CLIENT -> texts.logout_unverified();
            case UNREGISTERED_REDIRECT, REDIRECT_WITHOUT_HINT -> texts.logout_unregistered_redirect();
        }).orElse("");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

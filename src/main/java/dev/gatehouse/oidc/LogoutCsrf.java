package dev.gatehouse.oidc;

import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.SessionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSRF token of the logout confirmation form: derived from a random value the browser holds in a cookie
 * of its own, so a page on another site, which can neither read that cookie (HttpOnly) nor set it
 * ({@code __Host-} prefix, not even from a sibling subdomain), cannot make a form that passes (a logout
 * forced on the user, RP-Initiated Logout §6). The derivation is one-way, so the page never shows the
 * cookie's value; nothing is stored, so any instance checks it.
 */
@ApplicationScoped
public class LogoutCsrf {

    static final String PREFIX = "ghl_";
    private static final int LENGTH = PREFIX.length() + 43;

    private final SessionConfig config;

    LogoutCsrf(SessionConfig config) {
        this.config = config;
    }

    public String cookieName() {
        return config.secureCookie() ? "__Host-gatehouse-logout" : "gatehouse-logout";
    }

    /** The browser's value when it is one of ours, else a new one (then sent with {@link #cookie}). */
    public String browserValue(String current) {
        return isWellFormed(current) ? current : Secrets.generate(PREFIX);
    }

    /** SameSite=Strict: only Gatehouse's own form posts need it. */
    public NewCookie cookie(String browserValue) {
        return new NewCookie.Builder(cookieName()).value(browserValue).path("/").secure(config.secureCookie())
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** The form's token for this browser. */
    public String tokenFor(String browserValue) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256("logout-csrf:" + browserValue));
    }

    /** True when {@code token} is this browser's; compared in constant time. */
    public boolean matches(String token, String browserValue) {
        if (token == null || !isWellFormed(browserValue)) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                tokenFor(browserValue).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.startsWith(PREFIX);
    }
}

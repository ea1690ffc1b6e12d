package dev.gatehouse.oidc;

import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.SessionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * The cookie that binds a pending login form to the browser it was shown in, so a form started by someone
 * else (an attacker's own authorization request) cannot be submitted from the victim's browser: login CSRF.
 * {@code __Host-} prefixed, so no other site, not even a sibling subdomain, can set it; SameSite=Strict, since
 * only Gatehouse's own form posts need it.
 */
@ApplicationScoped
public class BrowserCookie {

    static final String PREFIX = "ghb_";
    private static final int LENGTH = PREFIX.length() + 43;

    private final SessionConfig config;

    BrowserCookie(SessionConfig config) {
        this.config = config;
    }

    public String name() {
        return config.secureCookie() ? "__Host-gatehouse-browser" : "gatehouse-browser";
    }

    /** The browser's value when it is one Gatehouse made (several tabs share it), else a new one. */
    public String valueFor(String current) {
        return isWellFormed(current) ? current : Secrets.generate(PREFIX);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.startsWith(PREFIX);
    }

    public NewCookie of(String value) {
        return new NewCookie.Builder(name()).value(value).path("/").secure(config.secureCookie()).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}

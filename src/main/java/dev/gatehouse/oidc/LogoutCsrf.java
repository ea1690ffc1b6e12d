package dev.gatehouse.oidc;

import dev.gatehouse.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSRF token of the logout confirmation form, derived from the browser's {@link BrowserCookie} value: a page
 * on another site can neither read that cookie (HttpOnly) nor set it ({@code __Host-} prefix, not even from a
 * sibling subdomain), so it cannot make a form that passes (a logout forced on the user, RP-Initiated Logout
 * §6). The derivation is one-way, so the page never shows the cookie's value, and it differs from anything
 * the login form carries; nothing is stored, so any instance checks it.
 */
@ApplicationScoped
public class LogoutCsrf {

    /** The form's token for the browser holding {@code browserValue}. */
    public String tokenFor(String browserValue) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256("logout-csrf:" + browserValue));
    }

    /** True when {@code token} is the token of the browser holding {@code browserValue}; constant time. */
    public boolean matches(String token, String browserValue) {
        if (token == null || !BrowserCookie.isWellFormed(browserValue)) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                tokenFor(browserValue).getBytes(StandardCharsets.UTF_8));
    }
}

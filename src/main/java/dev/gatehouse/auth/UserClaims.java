package dev.gatehouse.auth;

import dev.gatehouse.user.User;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenID Connect claims about a user that a scope releases (Core §5.4), the same in the ID token and at
 * the userinfo endpoint: {@code email} gives {@code email} and {@code email_verified}, {@code profile} gives
 * {@code name}, {@code given_name} and {@code family_name}. Empty names are left out (Core §5.3.2).
 */
public final class UserClaims {

    private UserClaims() {}

    /** The claims {@code scope} releases, without {@code sub}. */
    public static Map<String, Object> of(User user, Set<String> scope) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scope.contains("email") && user.email != null) {
            claims.put("email", user.email);
            // true only once the user followed a mailed link, or a source that vouches for it (LDAP) said so
            claims.put("email_verified", user.emailVerified);
        }
        if (scope.contains("profile")) {
            String name = (nonEmpty(user.firstName) + " " + nonEmpty(user.lastName)).strip();
            putIfPresent(claims, "name", name);
            putIfPresent(claims, "given_name", nonEmpty(user.firstName));
            putIfPresent(claims, "family_name", nonEmpty(user.lastName));
        }
        return claims;
    }

    /** A space-separated scope string as a set. */
    public static Set<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scope.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    private static String nonEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static void putIfPresent(Map<String, Object> claims, String name, String value) {
        if (!value.isEmpty()) {
            claims.put(name, value);
        }
    }
}

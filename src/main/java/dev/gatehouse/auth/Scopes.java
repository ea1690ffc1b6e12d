package dev.gatehouse.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which scopes a token request may have: the configured ones, and on refresh no more than before. */
@ApplicationScoped
public class Scopes {

    private final List<String> allowed;

    Scopes(TokenConfig config) {
        this.allowed = List.copyOf(config.scopes());
    }

    /** The granted scope string; all allowed scopes when none was requested. @throws TokenError invalid_scope */
    public String grant(String requested) {
        return narrow(requested, allowed);
    }

    /** On refresh: the requested scope must lie within the original grant (RFC 6749 §6). */
    public String narrow(String requested, String original) {
        return narrow(requested, split(original));
    }

    private static String narrow(String requested, java.util.Collection<String> within) {
        if (requested == null || requested.isBlank()) {
            return String.join(" ", within);
        }
        Set<String> asked = split(requested);
        if (!within.containsAll(asked)) {
            throw TokenError.invalidScope("Allowed scopes: " + String.join(" ", within) + ".");
        }
        return String.join(" ", asked);
    }

    private static Set<String> split(String scope) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(scope.strip().split("\\s+")).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}

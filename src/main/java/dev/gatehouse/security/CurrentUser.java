package dev.gatehouse.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token: the user id ({@code sub}), the roles and the client.
 * Request-scoped; outside an authenticated request {@link #isAuthenticated()} is false.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public boolean isAuthenticated() {
        return token != null && token.getSubject() != null;
    }

    /** The caller's user id (for a client, its service account's id). @throws IllegalStateException when anonymous */
    public UUID id() {
        if (!isAuthenticated()) {
            throw new IllegalStateException("No authenticated caller");
        }
        return UUID.fromString(token.getSubject());
    }

    /** True when the token carried the {@code superuser} role (the user was an active superuser at issue time). */
    public boolean isSuperuser() {
        return isAuthenticated() && token.getGroups().contains("superuser");
    }

    public boolean isStaff() {
        return isAuthenticated() && token.getGroups().contains("staff");
    }

    /** The OAuth client the token was issued to. */
    public Optional<String> clientId() {
        return isAuthenticated() ? Optional.ofNullable(token.getClaim("client_id")) : Optional.empty();
    }

    /** The scopes the token was granted (its space-separated {@code scope} claim); empty when anonymous. */
    public Set<String> scopes() {
        String scope = isAuthenticated() ? token.getClaim("scope") : null;
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scope.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    /** The authentication backend that vouched for the user ({@code client} for client credentials). */
    public Optional<String> authBackend() {
        return isAuthenticated() ? Optional.ofNullable(token.getClaim("auth_backend")) : Optional.empty();
    }
}

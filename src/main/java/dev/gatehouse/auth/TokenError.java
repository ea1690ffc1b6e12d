package dev.gatehouse.auth;

/**
 * An RFC 6749 §5.2 error from the token, revocation or introspection endpoints; rendered as
 * {@code {"error", "error_description"}}, never as problem+json, because OAuth clients parse that shape.
 */
public class TokenError extends RuntimeException {

    private final String error;
    private final int status;

    TokenError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static TokenError invalidRequest(String description) {
        return new TokenError(400, "invalid_request", description);
    }

    /** 401 with {@code WWW-Authenticate}: the client id or secret is wrong or missing. */
    public static TokenError invalidClient() {
        return new TokenError(401, "invalid_client", "Client authentication failed.");
    }

    public static TokenError invalidGrant(String description) {
        return new TokenError(400, "invalid_grant", description);
    }

    public static TokenError unsupportedGrantType() {
        return new TokenError(400, "unsupported_grant_type",
                "Supported grant types: password, refresh_token, client_credentials.");
    }

    public static TokenError invalidScope(String description) {
        return new TokenError(400, "invalid_scope", description);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }

    /** The JSON body. */
    public record Body(String error, String errorDescription) {}
}

package dev.gatehouse.auth;


/**
 * An RFC 6749 §5.2 error from the token, revocation or introspection endpoints; rendered as
 * {@code {"error", "error_description"}}, never as problem+json, because OAuth clients parse that shape.
 */
public class TokenError extends RuntimeException {

    private final String error;
    private final int status;
    private final long retryAfterSeconds;

    TokenError(int status, String error, String description) {
        this(status, error, description, 0);
    }

    private TokenError(int status, String error, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
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
                "Supported grant types: authorization_code, refresh_token, client_credentials, password.");
    }

    /** 400: the client is known but its registered grant types do not include this one (RFC 6749 §5.2). */
    public static TokenError unauthorizedClient(String grantType) {
        return new TokenError(400, "unauthorized_client", "This client may not use the " + grantType + " grant.");
    }

    public static TokenError invalidScope(String description) {
        return new TokenError(400, "invalid_scope", description);
    }

    /**
     * 429 {@code temporarily_unavailable} with {@code Retry-After}: too many failed logins for the account
     * or client address. Not {@code invalid_grant}, which clients read as "wrong password, ask again";
     * this one tells them to wait. Unknown accounts are locked the same way, so it reveals no account.
     */
    public static TokenError throttled(long retryAfterSeconds) {
        return new TokenError(429, "temporarily_unavailable",
                "Too many failed logins; try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }

    /**
     * 503 {@code temporarily_unavailable} with {@code Retry-After} (RFC 6749 §5.2 names it for overload): every
     * password-hashing permit stayed taken, so the credentials were not checked at all.
     */
    public static TokenError overloaded(long retryAfterSeconds) {
        return new TokenError(503, "temporarily_unavailable",
                "The service is busy checking other passwords; try again in " + retryAfterSeconds + " seconds.",
                retryAfterSeconds);
    }

    /** Seconds for the {@code Retry-After} header; 0 when the error asks for no wait. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
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

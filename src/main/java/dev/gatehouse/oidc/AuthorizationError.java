package dev.gatehouse.oidc;

/**
 * An authorization error that goes back to the client's registered redirect URI (RFC 6749 §4.1.2.1): only
 * thrown once the client and its redirect URI are known good, so it never redirects anywhere else.
 *
 * @param state the request's state when it was valid, so the client can match the answer; else null
 */
public final class AuthorizationError extends RuntimeException {

    private final String error;
    private final String redirectUri;
    private final String state;

    AuthorizationError(String error, String description, String redirectUri, String state) {
        super(description, null, false, false);
        this.error = error;
        this.redirectUri = redirectUri;
        this.state = state;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public String redirectUri() {
        return redirectUri;
    }

    public String state() {
        return state;
    }
}

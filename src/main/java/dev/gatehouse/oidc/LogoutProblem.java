package dev.gatehouse.oidc;

/**
 * Why a logout request is not the verified request of a client (RP-Initiated Logout 1.0 §4): the OP then
 * performs no post-logout redirection and shows the problem instead. Each has a message key of its own.
 */
public enum LogoutProblem {
    /** The id_token_hint is not an ID token of ours: bad signature, other issuer, malformed, an access token. */
    INVALID_HINT,
    /** client_id names another client than the hint's audience (§2: they MUST match). */
    CLIENT_MISMATCH,
    /** The hint's or client_id's client does not exist (any more). */
    UNKNOWN_CLIENT,
    /** post_logout_redirect_uri is not exactly one of the client's registered post_logout_redirect_uris (§3). */
    UNREGISTERED_REDIRECT,
    /** A post_logout_redirect_uri without a valid id_token_hint, which alone proves the RP asked (§3). */
    REDIRECT_WITHOUT_HINT;

    /** The message bundle's key, e.g. {@code logout.problem.invalid_hint}. */
    public String messageKey() {
        return "logout.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

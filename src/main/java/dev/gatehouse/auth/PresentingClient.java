package dev.gatehouse.auth;

/**
 * The client that presents a refresh token (to refresh or revoke it): a client that authenticated, or a
 * public client that named itself ({@code gatehouse-web} when none is named). A token is only its own
 * client's, so a confidential client's token needs that client's authentication (RFC 6749 §6).
 */
record PresentingClient(String clientId) {

    /** Whether a token issued to {@code tokenClientId} is this client's to use. */
    boolean owns(String tokenClientId) {
        return tokenClientId != null && tokenClientId.equals(clientId);
    }
}

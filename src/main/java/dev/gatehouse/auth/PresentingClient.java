package dev.gatehouse.auth;

import java.util.List;

/**
 * The client that presents a refresh token (to refresh or revoke it): a confidential client that
 * authenticated, a public client that named itself, or nobody named (then any public client's token).
 * A confidential client's token therefore needs that client's authentication (RFC 6749 §6).
 */
record PresentingClient(String clientId, List<String> publicClients) {

    /** Whether a token issued to {@code tokenClientId} is this client's to use. */
    boolean owns(String tokenClientId) {
        if (tokenClientId == null) {
            return false;
        }
        return clientId == null ? publicClients.contains(tokenClientId) : clientId.equals(tokenClientId);
    }
}

package dev.gatehouse.oidc;

import java.util.Set;

/**
 * An authorization request (RFC 6749 §4.1.1, OIDC Core §3.1.2.1) after every check: the client and its
 * registered redirect URI, the granted scope, the PKCE S256 challenge and what the caller asked of the login.
 *
 * @param maxAge seconds since the last login the client accepts; null when it did not say
 */
public record AuthorizationRequest(String clientId, String clientName, String redirectUri, String scope, String state,
        String nonce, String codeChallenge, Set<String> prompt, Long maxAge, String loginHint) {

    /** {@code prompt=none}: answer at once, never show a page. */
    public boolean silent() {
        return prompt.contains("none");
    }

    /**
     * {@code login}, and also {@code consent} and {@code select_account}: Gatehouse has no consent or account
     * chooser screen, so it asks for the login again, the nearest interaction that the caller asked for.
     */
    public boolean demandsLogin() {
        return prompt.contains("login") || prompt.contains("consent") || prompt.contains("select_account");
    }
}

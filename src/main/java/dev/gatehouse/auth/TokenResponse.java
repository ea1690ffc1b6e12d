package dev.gatehouse.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 6749 §5.1 success body; {@code refresh_token} only for the password, refresh and code grants, and
 * {@code id_token} (OpenID Connect Core §3.1.3.3) only for a code whose scope has {@code openid}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope,
        String idToken) {

    /** Without an ID token: every grant but the authorization code. */
    public TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {
        this(accessToken, tokenType, expiresIn, refreshToken, scope, null);
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}

package dev.gatehouse.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 6749 §5.1 success body; {@code refresh_token} only for the password and refresh grants. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}

package dev.gatehouse.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A client id and secret, from HTTP Basic or the request body; {@code toString()} hides the secret. */
public record ClientAuth(String id, String secret) {

    /**
     * Parses {@code Authorization: Basic}; null when the header is absent or another scheme.
     *
     * @throws TokenError invalid_client when the Basic header is malformed
     */
    static ClientAuth fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw TokenError.invalidClient();
            }
            // RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding
            return new ClientAuth(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidClient();
        }
    }

    @Override
    public String toString() {
        return "ClientAuth[" + id + "]";
    }
}

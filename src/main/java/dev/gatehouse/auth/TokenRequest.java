package dev.gatehouse.auth;

import java.util.List;
import java.util.Map;

/**
 * The parameters of a token-endpoint request, whether form-encoded or JSON, plus client credentials
 * from HTTP Basic. Never logged: {@code toString()} shows only the grant type and client id.
 */
public record TokenRequest(String grantType, String username, String password, String scope, String refreshToken,
        String clientId, String clientSecret, String clientIp, String code, String redirectUri, String codeVerifier) {

    /** From form or JSON parameters; a parameter sent twice is an invalid_request (RFC 6749 §3.2). */
    static TokenRequest of(Map<String, List<String>> params, ClientAuth basic, String clientIp) {
        ClientAuth body = new ClientAuth(single(params, "client_id"), single(params, "client_secret"));
        if (basic != null && (body.id() != null && !body.id().equals(basic.id()) || body.secret() != null)) {
            throw TokenError.invalidRequest("Use one client authentication method, not both.");
        }
        ClientAuth client = basic != null ? basic : body;
        return new TokenRequest(single(params, "grant_type"), single(params, "username"), single(params, "password"),
                single(params, "scope"), single(params, "refresh_token"), client.id(), client.secret(), clientIp,
                single(params, "code"), single(params, "redirect_uri"), single(params, "code_verifier"));
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw TokenError.invalidRequest("The parameter " + name + " is repeated.");
        }
        return values.get(0);
    }

    /** The value of a parameter the grant needs. @throws TokenError invalid_request when it is missing */
    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw TokenError.invalidRequest("The parameter " + name + " is required.");
        }
        return value;
    }

    /**
     * The password as typed: only an absent one is missing. One space is a password (Django accepts it, and
     * imported users may have one), so it goes to the backends like any other.
     */
    static String requiredPassword(String value) {
        if (value == null) {
            throw TokenError.invalidRequest("The parameter password is required.");
        }
        return value;
    }

    @Override
    public String toString() {
        return "TokenRequest[" + grantType + ", client " + clientId + "]";
    }
}

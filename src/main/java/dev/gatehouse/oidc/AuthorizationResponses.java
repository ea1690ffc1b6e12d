package dev.gatehouse.oidc;

import dev.gatehouse.auth.TokenConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The redirects back to the client (RFC 6749 §4.1.2 and §4.1.2.1): the parameters added to the registered
 * redirect URI's query, keeping its own (§3.1.2), with {@code iss} on every answer (RFC 9207, mix-up defence).
 */
@ApplicationScoped
public class AuthorizationResponses {

    private final String issuer;

    AuthorizationResponses(TokenConfig config) {
        this.issuer = config.issuer();
    }

    /** The authorization response: the code, the state when one was sent, the issuer. */
    public URI success(AuthorizationRequest request, String code) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", request.state());
        return to(request.redirectUri(), params);
    }

    /** The error response; the state only when it was sent and valid. */
    public URI error(AuthorizationError error) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error.error());
        params.put("error_description", error.description());
        params.put("state", error.state());
        return to(error.redirectUri(), params);
    }

    private URI to(String redirectUri, Map<String, String> params) {
        params.put("iss", issuer);
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(encode(value));
            }
        });
        int hash = redirectUri.indexOf('#');
        String base = hash < 0 ? redirectUri : redirectUri.substring(0, hash); // RFC 6749 §3.1.2: no fragment
        String separator = base.indexOf('?') < 0 ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return URI.create(base + separator + query);
    }

    /** application/x-www-form-urlencoded as RFC 6749 Appendix B asks, with spaces as %20, which every parser reads. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

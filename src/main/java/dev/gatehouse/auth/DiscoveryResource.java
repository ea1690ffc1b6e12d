package dev.gatehouse.auth;

import dev.gatehouse.auth.key.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Public keys and OpenID Provider metadata (OpenID Connect Discovery 1.0 §3, RFC 8414), so clients configure themselves and verify tokens offline. */
@PermitAll
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

    /** What an ID token or the userinfo endpoint may say (IdTokens, UserClaims). */
    static final List<String> CLAIMS = List.of("iss", "sub", "aud", "azp", "exp", "iat", "auth_time", "nonce", "sid",
            "amr", "at_hash", "email", "email_verified", "name", "given_name", "family_name");

    private final SigningKeys keys;
    private final TokenConfig config;

    DiscoveryResource(SigningKeys keys, TokenConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @GET
    @Path("/jwks.json")
    public String jwks() {
        return keys.jwksJson();
    }

    @GET
    @Path("/openid-configuration")
    public Map<String, Object> configuration() {
        String base = config.issuer().replaceFirst("/+$", "");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", config.issuer());
        document.put("authorization_endpoint", base + "/auth/authorize");
        document.put("token_endpoint", base + "/auth/token");
        document.put("userinfo_endpoint", base + "/auth/userinfo");
        document.put("end_session_endpoint", base + "/auth/logout");
        document.put("jwks_uri", base + "/.well-known/jwks.json");
        document.put("revocation_endpoint", base + "/auth/revoke");
        document.put("introspection_endpoint", base + "/auth/introspect");
        document.put("response_types_supported", List.of("code"));
        document.put("response_modes_supported", List.of("query"));
        // the password grant still works for a client that opts in, but is not advertised (RFC 9700 §2.4)
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
        document.put("scopes_supported", config.scopes());
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("claims_supported", CLAIMS);
        document.put("prompt_values_supported", List.of("none", "login"));
        document.put("authorization_response_iss_parameter_supported", true);
        return document;
    }
}

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

/** Public keys and endpoint discovery, so clients and services verify tokens offline. */
@PermitAll
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

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
        document.put("jwks_uri", base + "/.well-known/jwks.json");
        document.put("token_endpoint", base + "/auth/token");
        document.put("revocation_endpoint", base + "/auth/revoke");
        document.put("introspection_endpoint", base + "/auth/introspect");
        document.put("grant_types_supported", List.of("password", "refresh_token", "client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
        document.put("scopes_supported", config.scopes());
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return document;
    }
}

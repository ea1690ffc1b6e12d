package dev.gatehouse.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenID Provider metadata (OpenID Connect Discovery 1.0 §3, RFC 8414 §2, RFC 9207 §3). */
@QuarkusTest
class DiscoveryTest {

    static final String BASE = "http://localhost:8080";

    @Test
    void theDocumentNamesTheEndpointsOfTheCodeFlowUnderTheIssuer() {
        given().get("/.well-known/openid-configuration").then().statusCode(200).contentType("application/json")
                .body("issuer", equalTo(BASE))
                .body("authorization_endpoint", equalTo(BASE + "/auth/authorize"))
                .body("token_endpoint", equalTo(BASE + "/auth/token"))
                .body("userinfo_endpoint", equalTo(BASE + "/auth/userinfo"))
                .body("end_session_endpoint", equalTo(BASE + "/auth/logout"))
                .body("jwks_uri", equalTo(BASE + "/.well-known/jwks.json"))
                .body("revocation_endpoint", equalTo(BASE + "/auth/revoke"))
                .body("introspection_endpoint", equalTo(BASE + "/auth/introspect"));
    }

    @Test
    void theDocumentOffersTheCodeFlowWithPkceAndNoImplicitFlowOrAdvertisedPasswordGrant() {
        given().get("/.well-known/openid-configuration").then().statusCode(200)
                .body("response_types_supported", contains("code"))
                .body("response_modes_supported", contains("query"))
                .body("grant_types_supported", containsInAnyOrder("authorization_code", "refresh_token", "client_credentials"))
                .body("grant_types_supported", not(hasItems("password")))
                .body("code_challenge_methods_supported", contains("S256"))
                .body("token_endpoint_auth_methods_supported",
                        containsInAnyOrder("client_secret_basic", "client_secret_post", "none"))
                .body("subject_types_supported", contains("public"))
                .body("id_token_signing_alg_values_supported", contains("RS256"))
                .body("scopes_supported", hasItems("openid", "profile", "email"))
                .body("claims_supported", hasItems("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "sid",
                        "amr", "email", "email_verified", "name", "given_name", "family_name"))
                .body("prompt_values_supported", containsInAnyOrder("none", "login"))
                .body("authorization_response_iss_parameter_supported", equalTo(true));
    }
}

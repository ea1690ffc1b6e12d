package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.ClientBuilder.aPublicClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CORS on the token, revocation, userinfo and discovery endpoints follows the clients' {@code allowed_origins}: an allowed
 * origin gets its own value back and an answered preflight, without credentials; any other origin and every
 * other path get no CORS header.
 */
@QuarkusTest
class OAuthCorsTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    TestClock clock;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAllowedOriginCanReadTokenAnswersIncludingErrors() {
        String origin = anAllowedOrigin();
        tokenRequest(origin).statusCode(400).body("error", equalTo("invalid_grant"))
                .header("Access-Control-Allow-Origin", origin).header("Vary", "Origin")
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", origin).contentType(FORM).formParam("token", "ghr_unknown")
                .when().post("/auth/revoke").then().statusCode(200).header("Access-Control-Allow-Origin", origin);
    }

    @Test
    void anAllowedOriginsPreflightIsAnsweredOnEachCoveredPath() {
        String origin = anAllowedOrigin();
        for (String path : List.of("/auth/token", "/auth/revoke", "/auth/userinfo")) {
            preflight(origin, path).statusCode(204)
                    .header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", "GET, POST")
                    .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                    .header("Access-Control-Max-Age", "600")
                    .header("Access-Control-Allow-Credentials", nullValue())
                    .header("Vary", "Origin");
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        anAllowedOrigin();
        String stranger = "https://stranger-" + UUID.randomUUID() + ".example.org";
        tokenRequest(stranger).statusCode(400).header("Access-Control-Allow-Origin", nullValue()).header("Vary", "Origin");
        preflight(stranger, "/auth/token").statusCode(lessThan(500))
                .header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void anAllowedOriginCanReadTheDiscoveryDocumentAndTheJwksAStrangerCannot() {
        String origin = anAllowedOrigin();
        String stranger = "https://stranger-" + UUID.randomUUID() + ".example.org";
        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/jwks.json")) {
            given().header("Origin", origin).when().get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", origin).header("Vary", "Origin")
                    .header("Access-Control-Allow-Credentials", nullValue());
            given().header("Origin", stranger).when().get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void otherPathsGetNoCorsHeadersEvenForAnAllowedOrigin() {
        String origin = anAllowedOrigin();
        given().header("Origin", origin).auth().oauth2(Tokens.admin()).when().get("/users?limit=1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", origin).contentType(FORM).formParam("token", "x").when().post("/auth/introspect")
                .then().statusCode(401).header("Access-Control-Allow-Origin", nullValue());
        preflight(origin, "/users").statusCode(lessThan(500)).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aChangeThroughThisInstanceAppliesAtOnce() {
        String origin = "https://spa-" + UUID.randomUUID() + ".example.org";
        String clientId = (String) aPublicClient().allowedOrigins(origin).create().get("client_id");
        tokenRequest(origin).header("Access-Control-Allow-Origin", origin);
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json")
                .body(Map.of("allowed_origins", List.of())).when().patch("/clients/" + clientId).then().statusCode(200);
        tokenRequest(origin).header("Access-Control-Allow-Origin", nullValue());

        String second = "https://spa-" + UUID.randomUUID() + ".example.org";
        String deleted = (String) aPublicClient().allowedOrigins(second).create().get("client_id");
        tokenRequest(second).header("Access-Control-Allow-Origin", second);
        given().auth().oauth2(Tokens.admin()).when().delete("/clients/" + deleted).then().statusCode(204);
        tokenRequest(second).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aChangeThroughAnotherInstanceAppliesOnceTheCacheTimeHasPassed() throws Exception {
        String origin = anAllowedOrigin();
        String added = "https://other-instance-" + UUID.randomUUID() + ".example.org";
        tokenRequest(origin).header("Access-Control-Allow-Origin", origin); // the set is now remembered
        // as another instance would: straight to the table, no event here
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE clients SET allowed_origins = array_append(allowed_origins, ?) WHERE ? = ANY(allowed_origins)")) {
            update.setString(1, added);
            update.setString(2, origin);
            update.executeUpdate();
        }
        tokenRequest(added).header("Access-Control-Allow-Origin", nullValue());
        clock.advance(Duration.ofSeconds(31));
        tokenRequest(added).header("Access-Control-Allow-Origin", added);
    }

    private static String anAllowedOrigin() {
        String origin = "https://spa-" + UUID.randomUUID() + ".example.org";
        aPublicClient().allowedOrigins(origin).create();
        return origin;
    }

    private static ValidatableResponse tokenRequest(String origin) {
        return given().header("Origin", origin).contentType(FORM).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "ghr_unknown").when().post("/auth/token").then();
    }

    private static ValidatableResponse preflight(String origin, String path) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").when().options(path).then();
    }
}

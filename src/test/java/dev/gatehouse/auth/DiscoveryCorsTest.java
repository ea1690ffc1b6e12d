package dev.gatehouse.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The public discovery endpoints are readable by any page, unlike the API. */
@QuarkusTest
class DiscoveryCorsTest {

    static final String PAGE = "https://app.example.org";

    @Test
    void anyPageMayReadTheDiscoveryDocumentWithoutCredentials() {
        given().header("Origin", PAGE).get("/.well-known/openid-configuration").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void anyPageMayReadTheJwks() {
        given().header("Origin", PAGE).get("/.well-known/jwks.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void theManagementApiIsNotReadableCrossOrigin() {
        given().header("Origin", PAGE).get("/users/me").then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

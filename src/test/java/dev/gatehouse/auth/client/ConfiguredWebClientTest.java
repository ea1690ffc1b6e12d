package dev.gatehouse.auth.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code gatehouse.clients.web.*} set by an operator reaches the {@code gatehouse-web} row at start-up: its
 * URIs and origins, and the password grant switched off, so a request naming no client is refused. The
 * profile also allows http redirect URIs for any host, which one of the configured URIs needs.
 */
@QuarkusTest
@TestProfile(ConfiguredWebClientTest.OperatorSettings.class)
class ConfiguredWebClientTest {

    public static class OperatorSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gatehouse.clients.allow-http-redirects", "true",
                    "gatehouse.clients.web.redirect-uris", "https://spa.example.org/callback,http://intranet.example.org/cb",
                    "gatehouse.clients.web.post-logout-redirect-uris", "https://spa.example.org/",
                    "gatehouse.clients.web.allowed-origins", "https://spa.example.org",
                    "gatehouse.clients.web.password-grant", "false");
        }
    }

    @Inject
    ClientService clients;

    @Test
    void theWebClientTakesTheConfiguredValues() {
        ClientView web = clients.view(Client.WEB_CLIENT_ID).orElseThrow();
        assertEquals(List.of("https://spa.example.org/callback", "http://intranet.example.org/cb"), web.redirectUris());
        assertEquals(List.of("https://spa.example.org/"), web.postLogoutRedirectUris());
        assertEquals(List.of("https://spa.example.org"), web.allowedOrigins());
        assertEquals(List.of("authorization_code", "refresh_token"), web.grantTypes());
        assertFalse(web.grantTypes().contains("password"));
    }

    @Test
    void withThePasswordGrantOffARequestNamingNoClientIsUnauthorizedClient() {
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", Tokens.ADMIN_EMAIL).formParam("password", Tokens.ADMIN_PASSWORD)
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void theConfiguredOriginIsAllowed() {
        given().header("Origin", "https://spa.example.org").header("Access-Control-Request-Method", "POST")
                .when().options("/auth/token").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://spa.example.org");
    }
}

package dev.gatehouse.auth.client;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.gatehouse.auth.TokenResourceTest;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {

    @Test
    void clientsWhenAnonymousThen401Problem() {
        given().when().get("/clients").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().post("/clients")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().delete("/clients/ghc-x").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void clientsWhenNotSuperuserThen403Problem() {
        var user = aUser();
        user.with("password", "a long enough password").create();
        given().auth().oauth2(Tokens.of(user.email(), "a long enough password")).when().get("/clients")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void createShowsSecretOnceThenListAndDelete() {
        Map<String, Object> created = TokenResourceTest.createClient("reports");
        String clientId = (String) created.get("client_id");
        org.junit.jupiter.api.Assertions.assertTrue(((String) created.get("client_secret")).startsWith("ghs_"));
        given().auth().oauth2(Tokens.admin()).when().get("/clients")
                .then().statusCode(200)
                .body("items.client_id", hasItem(clientId))
                .body("items.find { it.client_id == '" + clientId + "' }.client_secret", nullValue())
                .body("items.find { it.client_id == '" + clientId + "' }.name", equalTo("reports"));
        given().auth().oauth2(Tokens.admin()).when().delete("/clients/" + clientId).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + created.get("user_id")).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get("/clients")
                .then().body("items.client_id", not(hasItem(clientId)));
        given().auth().oauth2(Tokens.admin()).when().delete("/clients/" + clientId)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", (String) created.get("client_secret"))
                .when().post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void createValidatesName() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/clients")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", startsWith("name"));
    }

    @Test
    void registrationIsOffByDefault() {
        given().contentType(ContentType.JSON).body(aUser().with("password", "a long enough password").body())
                .when().post("/auth/register")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

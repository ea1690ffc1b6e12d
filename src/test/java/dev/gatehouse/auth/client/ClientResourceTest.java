package dev.gatehouse.auth.client;

import static dev.gatehouse.testsupport.ClientBuilder.aClient;
import static dev.gatehouse.testsupport.ClientBuilder.aConfidentialClient;
import static dev.gatehouse.testsupport.ClientBuilder.aPublicClient;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.TokenResourceTest;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /clients}: each type's creation, reading, merge-patch updates, secret rotation and deletion. */
@QuarkusTest
class ClientResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void clientsWhenAnonymousThen401Problem() {
        given().when().get("/clients").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().post("/clients")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/clients/gatehouse-web").then().statusCode(401).contentType("application/problem+json");
        given().contentType(MERGE_PATCH).body(Map.of("name", "x")).when().patch("/clients/gatehouse-web")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().post("/clients/gatehouse-web/secret").then().statusCode(401).contentType("application/problem+json");
        given().when().delete("/clients/ghc-x").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void clientsWhenNotPermittedThen403ProblemAndNothingChanges() {
        var user = aUser();
        user.with("password", "a long enough password").create();
        String clientId = (String) aClient().create().get("client_id");
        RequestSpecification plain = given().auth().oauth2(Tokens.of(user.email(), "a long enough password"));
        plain.when().get("/clients").then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        plain.when().get("/clients/" + clientId).then().statusCode(403).contentType("application/problem+json");
        plain.contentType(MERGE_PATCH).body(Map.of("name", "taken over")).when().patch("/clients/" + clientId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(user.email(), "a long enough password")).when().post("/clients/" + clientId + "/secret")
                .then().statusCode(403).contentType("application/problem+json");
        admin().when().get("/clients/" + clientId).then().statusCode(200).body("name", equalTo("test client"));
    }

    @Test
    void createShowsSecretOnceThenListAndDelete() {
        Map<String, Object> created = TokenResourceTest.createClient("reports");
        String clientId = (String) created.get("client_id");
        assertTrue(((String) created.get("client_secret")).startsWith("ghs_"));
        admin().when().get("/clients")
                .then().statusCode(200)
                .body("items.client_id", hasItem(clientId))
                .body("items.find { it.client_id == '" + clientId + "' }.client_secret", nullValue())
                .body("items.find { it.client_id == '" + clientId + "' }.name", equalTo("reports"));
        admin().when().delete("/clients/" + clientId).then().statusCode(204);
        admin().when().get("/users/" + created.get("user_id")).then().statusCode(404);
        admin().when().get("/clients")
                .then().body("items.client_id", not(hasItem(clientId)));
        admin().when().delete("/clients/" + clientId)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", (String) created.get("client_secret"))
                .when().post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void createWithoutTypeMakesAServiceClientAsBefore() {
        admin().contentType(ContentType.JSON).body(Map.of("name", "billing")).when().post("/clients")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("type", equalTo("service")).body("grant_types", contains("client_credentials"))
                .body("client_secret", startsWith("ghs_")).body("user_id", notNullValue())
                .body("redirect_uris", empty()).body("allowed_origins", empty());
    }

    @Test
    void createPublicClientHasNoSecretNoAccountAndTheCodeFlowWithoutPassword() {
        var created = aPublicClient().postLogoutRedirectUris("https://spa.example.org/")
                .allowedOrigins("https://spa.example.org").post()
                .then().statusCode(201).header("Location", containsString("/clients/ghc-"))
                .body("type", equalTo("public")).body("client_secret", nullValue()).body("user_id", nullValue())
                .body("grant_types", contains("authorization_code", "refresh_token"))
                .extract();
        admin().when().get("/clients/" + created.path("client_id")).then().statusCode(200)
                .body("type", equalTo("public"))
                .body("redirect_uris", contains("https://spa.example.org/callback"))
                .body("post_logout_redirect_uris", contains("https://spa.example.org/"))
                .body("allowed_origins", contains("https://spa.example.org"))
                .body("grant_types", not(hasItem("password")))
                .body("client_secret", nullValue());
    }

    @Test
    void createConfidentialClientHasASecretAndNoServiceAccount() {
        aConfidentialClient().post().then().statusCode(201)
                .body("type", equalTo("confidential")).body("client_secret", startsWith("ghs_"))
                .body("user_id", nullValue()).body("grant_types", contains("authorization_code", "refresh_token"));
    }

    @Test
    void createKeepsEachUriOnceInItsOrder() {
        aPublicClient().redirectUris("https://a.example.org/cb", "https://b.example.org/cb", "https://a.example.org/cb")
                .post().then().statusCode(201)
                .body("redirect_uris", contains("https://a.example.org/cb", "https://b.example.org/cb"));
    }

    @Test
    void theWebClientIsAPublicClientInTheDatabase() {
        admin().when().get("/clients/gatehouse-web").then().statusCode(200)
                .body("type", equalTo("public")).body("user_id", nullValue())
                // %test.gatehouse.clients.web.password-grant=true, applied at start-up
                .body("grant_types", contains("authorization_code", "refresh_token", "password"));
    }

    @Test
    void getWhenUnknownThen404Problem() {
        admin().when().get("/clients/ghc-nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void patchIsAMergePatchThatLeavesTheRestAlone() {
        Map<String, Object> created = aPublicClient().allowedOrigins("https://spa.example.org").create();
        String clientId = (String) created.get("client_id");
        admin().contentType(MERGE_PATCH)
                .body(Map.of("name", "renamed", "redirect_uris", List.of("https://spa.example.org/new"),
                        "grant_types", List.of("authorization_code", "refresh_token", "password")))
                .when().patch("/clients/" + clientId).then().statusCode(200)
                .body("name", equalTo("renamed")).body("redirect_uris", contains("https://spa.example.org/new"))
                .body("grant_types", hasItem("password"))
                .body("allowed_origins", contains("https://spa.example.org"));
        admin().contentType(ContentType.JSON).body("{\"allowed_origins\": null}").when().patch("/clients/" + clientId)
                .then().statusCode(200).body("allowed_origins", empty()).body("name", equalTo("renamed"));
        admin().when().get("/clients/" + clientId).then().body("allowed_origins", empty())
                .body("redirect_uris", contains("https://spa.example.org/new"));
    }

    @Test
    void patchWhenTheResultBreaksARuleThen400AndNothingChanges() {
        String clientId = (String) aPublicClient().create().get("client_id");
        admin().contentType(MERGE_PATCH).body(Map.of("redirect_uris", List.of("http://spa.example.org/cb")))
                .when().patch("/clients/" + clientId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("redirect_uris[0]"));
        admin().contentType(MERGE_PATCH).body("{\"redirect_uris\": null}").when().patch("/clients/" + clientId)
                .then().statusCode(400).body("errors[0].field", equalTo("redirect_uris"));
        admin().contentType(MERGE_PATCH).body("{\"name\": null}").when().patch("/clients/" + clientId)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        admin().when().get("/clients/" + clientId).then().body("redirect_uris", contains("https://spa.example.org/callback"));
    }

    @Test
    void patchWhenTypeChangesThen400() {
        String clientId = (String) aPublicClient().create().get("client_id");
        admin().contentType(MERGE_PATCH).body(Map.of("type", "confidential")).when().patch("/clients/" + clientId)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        admin().contentType(MERGE_PATCH).body(Map.of("type", "public")).when().patch("/clients/" + clientId)
                .then().statusCode(200);
    }

    @Test
    void patchWhenUnknownFieldOrNotAnObjectOrUnknownClientThenProblem() {
        String clientId = (String) aPublicClient().create().get("client_id");
        admin().contentType(MERGE_PATCH).body(Map.of("secret_hash", "x")).when().patch("/clients/" + clientId)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("secret_hash"));
        admin().contentType(MERGE_PATCH).body("[]").when().patch("/clients/" + clientId)
                .then().statusCode(400).contentType("application/problem+json");
        admin().contentType(MERGE_PATCH).body(Map.of("name", "x")).when().patch("/clients/ghc-nope")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rotateSecretShowsTheNewOneOnceAndTheOldOneStopsWorking() {
        Map<String, Object> created = aClient().create();
        String clientId = (String) created.get("client_id");
        String fresh = admin().when().post("/clients/" + clientId + "/secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("client_id", equalTo(clientId)).body("client_secret", startsWith("ghs_"))
                .extract().path("client_secret");
        assertNotEquals(created.get("client_secret"), fresh);
        clientCredentials(clientId, (String) created.get("client_secret")).statusCode(401);
        clientCredentials(clientId, fresh).statusCode(200);
    }

    @Test
    void rotateSecretOfAConfidentialClientWorksAndOfAPublicClientIs409() {
        String confidential = (String) aConfidentialClient().create().get("client_id");
        admin().when().post("/clients/" + confidential + "/secret").then().statusCode(200)
                .body("client_secret", startsWith("ghs_"));
        String publicClient = (String) aPublicClient().create().get("client_id");
        admin().when().post("/clients/" + publicClient + "/secret")
                .then().statusCode(409).contentType("application/problem+json");
        admin().when().post("/clients/ghc-nope/secret").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deleteWorksForClientsWithoutAServiceAccount() {
        for (var builder : List.of(aPublicClient(), aConfidentialClient())) {
            String clientId = (String) builder.create().get("client_id");
            admin().when().delete("/clients/" + clientId).then().statusCode(204);
            admin().when().get("/clients/" + clientId).then().statusCode(404);
        }
    }

    @Test
    void createValidatesName() {
        admin().contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/clients")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", startsWith("name"));
    }

    @Test
    void registrationIsOffByDefault() {
        given().contentType(ContentType.JSON).body(aUser().with("password", "a long enough password").body())
                .when().post("/auth/register")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse clientCredentials(String id, String secret) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", id).formParam("client_secret", secret)
                .when().post("/auth/token").then();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }
}

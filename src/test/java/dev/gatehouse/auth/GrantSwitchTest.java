package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.ClientBuilder.aClient;
import static dev.gatehouse.testsupport.ClientBuilder.aConfidentialClient;
import static dev.gatehouse.testsupport.ClientBuilder.aPublicClient;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The grant types a client lists decide what it may do at {@code /auth/token}: the password grant only by
 * opt-in (RFC 9700 §2.4), the refresh grant only when listed, client credentials only for service clients;
 * any other is {@code unauthorized_client} (RFC 6749 §5.2), answered before a password is looked at.
 */
@QuarkusTest
class GrantSwitchTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void passwordGrantForAPublicClientWithoutItIsUnauthorizedClientAndChecksNoPassword() {
        UserBuilder user = newUser();
        String clientId = (String) aPublicClient().create().get("client_id");
        password(given().formParam("client_id", clientId), user.email(), PASSWORD)
                .statusCode(400).header("Cache-Control", "no-store").body("error", equalTo("unauthorized_client"));
        password(given().formParam("client_id", clientId), user.email(), "a wrong password")
                .statusCode(400).body("error", equalTo("unauthorized_client"));
        // no login was attempted, so none failed: the refusal comes before the backends
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", userId(user)).queryParam("type", "login.failed")
                .when().get("/audit-events").then().statusCode(200).body("items", empty());
    }

    @Test
    void passwordGrantForAConfidentialOrServiceClientWithoutItIsUnauthorizedClient() {
        UserBuilder user = newUser();
        password(as(aConfidentialClient().create()), user.email(), PASSWORD)
                .statusCode(400).body("error", equalTo("unauthorized_client"));
        password(as(aClient().create()), user.email(), PASSWORD)
                .statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void passwordGrantForAnOptedInClientWorksWithARefreshTokenOnlyWhenItMayRefresh() {
        UserBuilder user = newUser();
        String publicClient = (String) aPublicClient().grantTypes("authorization_code", "refresh_token", "password")
                .create().get("client_id");
        password(given().formParam("client_id", publicClient), user.email(), PASSWORD)
                .statusCode(200).body("refresh_token", notNullValue());
        Map<String, Object> withoutRefresh = aClient().ofType("confidential").grantTypes("password").create();
        password(as(withoutRefresh), user.email(), PASSWORD).statusCode(200).body("refresh_token", nullValue());
    }

    @Test
    void refreshForAClientThatNoLongerListsItIsUnauthorizedClient() {
        UserBuilder user = newUser();
        Map<String, Object> client = aClient().ofType("confidential").grantTypes("password", "refresh_token").create();
        String token = password(as(client), user.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json")
                .body(Map.of("grant_types", List.of("password"))).when().patch("/clients/" + client.get("client_id"))
                .then().statusCode(200);
        refresh(as(client), token).statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void clientCredentialsForAClientThatLogsPeopleInIsUnauthorizedClient() {
        as(aConfidentialClient().create()).contentType(FORM).formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("unauthorized_client"));
        as(aClient().create()).contentType(FORM).formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(200);
    }

    @Test
    void aClientWithASecretNamedWithoutItIsInvalidClient() {
        UserBuilder user = newUser();
        Map<String, Object> client = aClient().ofType("confidential").grantTypes("password", "refresh_token").create();
        password(given().formParam("client_id", client.get("client_id")), user.email(), PASSWORD)
                .statusCode(401).header("WWW-Authenticate", notNullValue()).body("error", equalTo("invalid_client"));
        String token = password(as(client), user.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        refresh(given().formParam("client_id", client.get("client_id")), token)
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aPublicClientPresentingASecretIsInvalidClient() {
        String clientId = (String) aPublicClient().grantTypes("password").create().get("client_id");
        password(given().auth().preemptive().basic(clientId, "ghs_made-up"), newUser().email(), PASSWORD)
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aRequestNamingNoClientMeansTheWebClient() {
        UserBuilder user = newUser();
        String publicClient = (String) aPublicClient().grantTypes("authorization_code", "refresh_token", "password")
                .create().get("client_id");
        String token = password(given().formParam("client_id", publicClient), user.email(), PASSWORD)
                .statusCode(200).extract().path("refresh_token");
        // another public client's token is not gatehouse-web's: naming no client does not reach it
        refresh(given(), token).statusCode(400).body("error", equalTo("invalid_grant"));
        String next = refresh(given().formParam("client_id", publicClient), token).statusCode(200)
                .extract().path("refresh_token");
        String webToken = password(given(), user.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        refresh(given().formParam("client_id", publicClient), webToken).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(given(), webToken).statusCode(200);
        refresh(given().formParam("client_id", publicClient), next).statusCode(200);
    }

    private static ValidatableResponse password(RequestSpecification request, String username, String password) {
        return request.contentType(FORM).formParam("grant_type", "password").formParam("username", username)
                .formParam("password", password).when().post("/auth/token").then();
    }

    private static ValidatableResponse refresh(RequestSpecification request, String token) {
        return request.contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .when().post("/auth/token").then();
    }

    private static RequestSpecification as(Map<String, Object> client) {
        return given().auth().preemptive().basic((String) client.get("client_id"), (String) client.get("client_secret"));
    }

    private static UserBuilder newUser() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        return user;
    }

    private static String userId(UserBuilder user) {
        return given().auth().oauth2(Tokens.admin()).queryParam("email", user.email()).when().get("/users")
                .then().statusCode(200).extract().path("items[0].id");
    }
}

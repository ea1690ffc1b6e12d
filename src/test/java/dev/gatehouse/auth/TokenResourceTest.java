package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class TokenResourceTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String PASSWORD = "correct horse battery staple";

    @Test
    void passwordGrantReturnsBearerTokenRefreshTokenAndNoStore() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        given().contentType(FORM).formParam("grant_type", "password").formParam("username", user.email())
                .formParam("password", PASSWORD)
                .when().post("/auth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(600))
                .body("access_token", notNullValue())
                .body("refresh_token", startsWith("ghr_"))
                .body("scope", equalTo("openid profile email"));
    }

    @Test
    void passwordGrantAcceptsJson() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", user.email(), "password", PASSWORD, "scope", "openid"))
                .when().post("/auth/token")
                .then().statusCode(200).body("scope", equalTo("openid"));
    }

    @Test
    void tokenWhenPasswordWrongOrUserUnknownOrInactiveThenSameInvalidGrant() {
        var inactive = aUser();
        inactive.with("password", PASSWORD).with("is_active", false).create();
        var active = aUser();
        active.with("password", PASSWORD).create();
        Map<String, Object> wrong = grantError(active.email(), "wrong password");
        Map<String, Object> unknown = grantError("nobody-" + active.email(), PASSWORD);
        Map<String, Object> notActive = grantError(inactive.email(), PASSWORD);
        assertEquals(Map.of("error", "invalid_grant", "error_description", "The username or password is incorrect."), wrong);
        assertEquals(wrong, unknown);
        assertEquals(wrong, notActive);
    }

    private static Map<String, Object> grantError(String username, String password) {
        return given().contentType(FORM).formParam("grant_type", "password").formParam("username", username)
                .formParam("password", password)
                .when().post("/auth/token")
                .then().statusCode(400).contentType(ContentType.JSON).header("Cache-Control", "no-store")
                .extract().as(Map.class);
    }

    @Test
    void tokenWhenGrantTypeUnknownThenUnsupportedGrantType() {
        given().contentType(FORM).formParam("grant_type", "implicit")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void tokenWhenParametersMissingOrRepeatedThenInvalidRequest() {
        given().contentType(FORM).formParam("username", "a@example.org")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(FORM).formParam("grant_type", "password").formParam("username", "a@example.org")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(FORM).formParam("grant_type", "password", "password")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void tokenWhenScopeUnknownThenInvalidScope() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        given().contentType(FORM).formParam("grant_type", "password").formParam("username", user.email())
                .formParam("password", PASSWORD).formParam("scope", "openid admin")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void tokenWhenClientUnknownThenInvalidClientWith401AndChallenge() {
        given().contentType(FORM).formParam("grant_type", "client_credentials")
                .formParam("client_id", "ghc-nope").formParam("client_secret", "nope")
                .when().post("/auth/token")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"));
        given().contentType(FORM).formParam("grant_type", "password").formParam("client_id", "not-a-public-client")
                .formParam("username", "a@example.org").formParam("password", "x")
                .when().post("/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheFamily() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        String first = Tokens.passwordGrant(user.email(), PASSWORD).path("refresh_token");
        String second = refresh(first).then().statusCode(200).header("Cache-Control", "no-store")
                .body("access_token", notNullValue()).extract().path("refresh_token");
        String third = refresh(second).then().statusCode(200).extract().path("refresh_token");

        // the first token again: reuse, so the whole family goes, including the newest token
        refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(third).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void refreshMayNarrowButNotWidenScope() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        String token = given().contentType(FORM).formParam("grant_type", "password").formParam("username", user.email())
                .formParam("password", PASSWORD).formParam("scope", "openid email")
                .when().post("/auth/token").then().statusCode(200).extract().path("refresh_token");
        given().contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .formParam("scope", "openid profile")
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .formParam("scope", "openid")
                .when().post("/auth/token").then().statusCode(200).body("scope", equalTo("openid"));
    }

    @Test
    void refreshWhenUserDeactivatedOrDeletedThenInvalidGrant() {
        var user = aUser();
        String id = user.with("password", PASSWORD).create();
        String token = Tokens.passwordGrant(user.email(), PASSWORD).path("refresh_token");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", false))
                .when().patch("/users/" + id).then().statusCode(200);
        refresh(token).then().statusCode(400).body("error", equalTo("invalid_grant"));

        var other = aUser();
        String otherId = other.with("password", PASSWORD).create();
        String otherToken = Tokens.passwordGrant(other.email(), PASSWORD).path("refresh_token");
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + otherId).then().statusCode(204);
        refresh(otherToken).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void accessTokenIsNeverARefreshTokenNorTheReverse() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        ExtractableResponse<Response> grant = Tokens.passwordGrant(user.email(), PASSWORD);
        refresh(grant.path("access_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(grant.<String>path("refresh_token")).when().get("/users?limit=1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void revokeEndsTheFamilyAndAnswers200ForAnyToken() {
        var user = aUser();
        user.with("password", PASSWORD).create();
        String first = Tokens.passwordGrant(user.email(), PASSWORD).path("refresh_token");
        String second = refresh(first).then().statusCode(200).extract().path("refresh_token");
        given().contentType(FORM).formParam("token", second).when().post("/auth/revoke").then().statusCode(200);
        refresh(second).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(FORM).formParam("token", "ghr_unknown").when().post("/auth/revoke").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("token", "whatever")).when().post("/auth/revoke")
                .then().statusCode(200);
    }

    @Test
    void clientCredentialsInBodyOrBasicGiveServiceAccountTokenWithoutRefresh() {
        Map<String, Object> client = createClient("billing");
        String id = (String) client.get("client_id");
        String secret = (String) client.get("client_secret");
        given().contentType(FORM).formParam("grant_type", "client_credentials")
                .formParam("client_id", id).formParam("client_secret", secret)
                .when().post("/auth/token")
                .then().statusCode(200).body("refresh_token", nullValue()).body("token_type", equalTo("Bearer"));
        String access = given().auth().preemptive().basic(id, secret).contentType(FORM)
                .formParam("grant_type", "client_credentials")
                .when().post("/auth/token")
                .then().statusCode(200).extract().path("access_token");
        // a service account without grants may still read itself, like any active user
        given().auth().oauth2(access).when().get("/users/me")
                .then().statusCode(200).body("id", equalTo(client.get("user_id"))).body("provisioned_by", equalTo("client"))
                .body("has_usable_password", equalTo(false));
        given().auth().preemptive().basic(id, "wrong").contentType(FORM).formParam("grant_type", "client_credentials")
                .when().post("/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void introspectionRequiresAClientAndReportsActiveAndRevokedTokens() {
        Map<String, Object> client = createClient("introspector");
        var user = aUser();
        String userId = user.with("password", PASSWORD).create();
        ExtractableResponse<Response> grant = Tokens.passwordGrant(user.email(), PASSWORD);
        String access = grant.path("access_token");
        String refreshToken = grant.path("refresh_token");

        given().contentType(FORM).formParam("token", access).when().post("/auth/introspect")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        introspect(client, access).then().statusCode(200)
                .body("active", equalTo(true)).body("sub", equalTo(userId))
                .body("client_id", equalTo("gatehouse-web")).body("token_type", equalTo("access_token"))
                .body("exp", notNullValue());
        introspect(client, refreshToken).then().body("active", equalTo(true)).body("token_type", equalTo("refresh_token"));

        given().contentType(FORM).formParam("token", refreshToken).when().post("/auth/revoke").then().statusCode(200);
        introspect(client, refreshToken).then().body("active", equalTo(false)).body("sub", nullValue());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", false))
                .when().patch("/users/" + userId).then().statusCode(200);
        introspect(client, access).then().body("active", equalTo(false));
        introspect(client, "garbage").then().body("active", equalTo(false));
    }

    @Test
    void settingsAdminIsProvisionedOnceAsActiveSuperuserWithUnusablePassword() {
        String token = Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD).path("access_token");
        Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD);
        given().auth().oauth2(token).queryParam("email", Tokens.ADMIN_EMAIL).when().get("/users")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].is_superuser", equalTo(true))
                .body("items[0].is_active", equalTo(true))
                .body("items[0].has_usable_password", equalTo(false))
                .body("items[0].provisioned_by", equalTo("settings"))
                .body("items[0].last_login", notNullValue());
        given().contentType(FORM).formParam("grant_type", "password").formParam("username", Tokens.ADMIN_EMAIL)
                .formParam("password", "not the admin password")
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void discoveryNamesTheEndpoints() {
        given().when().get("/.well-known/openid-configuration")
                .then().statusCode(200)
                .body("issuer", equalTo("http://localhost:8080"))
                .body("jwks_uri", equalTo("http://localhost:8080/.well-known/jwks.json"))
                .body("token_endpoint", equalTo("http://localhost:8080/auth/token"))
                .body("revocation_endpoint", notNullValue())
                .body("introspection_endpoint", notNullValue())
                .body("grant_types_supported", hasItems("authorization_code", "refresh_token", "client_credentials"))
                .body("id_token_signing_alg_values_supported", hasItems("RS256"));
    }

    public static Map<String, Object> createClient(String name) {
        return createClient(Map.of("name", name));
    }

    /** A confidential client opted in to the legacy password grant and its refresh tokens. */
    public static Map<String, Object> createPasswordClient(String name) {
        return createClient(Map.of("name", name, "type", "confidential", "grant_types", List.of("password", "refresh_token")));
    }

    public static Map<String, Object> createClient(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/clients")
                .then().statusCode(201).extract().as(Map.class);
    }

    private static Response introspect(Map<String, Object> client, String token) {
        return given().auth().preemptive().basic((String) client.get("client_id"), (String) client.get("client_secret"))
                .contentType(FORM).formParam("token", token)
                .when().post("/auth/introspect");
    }

    private static Response refresh(String token) {
        return given().contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .when().post("/auth/token");
    }
}

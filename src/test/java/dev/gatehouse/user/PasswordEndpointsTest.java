package dev.gatehouse.user;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Self-service and admin password changes; each one revokes the user's refresh tokens. */
@QuarkusTest
class PasswordEndpointsTest {

    @Inject
    EntityManager em;

    String storedHash(String email) {
        return (String) em.createNativeQuery("select password from users where email = ?1").setParameter(1, email)
                .getSingleResult();
    }

    static final String OLD = "Vq7!rTz2#pLm";
    static final String NEW = "Hb4$wNc9@kXs";

    static ValidatableResponse login(String email, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", email).formParam("password", password)
                .when().post("/auth/token").then();
    }

    static ValidatableResponse refresh(String refreshToken) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .when().post("/auth/token").then();
    }

    @Test
    void ownPasswordChangeNeedsTheOldPasswordAndRevokesRefreshTokens() {
        var user = aUser().with("password", OLD);
        user.create();
        var grant = Tokens.passwordGrant(user.email(), OLD);
        String access = grant.path("access_token");
        String refreshToken = grant.path("refresh_token");

        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("old_password", "wrong-password-1", "new_password", NEW))
                .when().post("/users/me/password")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("old_password"));
        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("old_password", OLD, "new_password", "123"))
                .when().post("/users/me/password")
                .then().statusCode(400).body("errors.field", hasItem("new_password"));
        refresh(refreshToken).statusCode(200); // failed attempts change nothing

        var again = Tokens.passwordGrant(user.email(), OLD);
        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("old_password", OLD, "new_password", NEW))
                .when().post("/users/me/password")
                .then().statusCode(204);

        refresh(again.path("refresh_token")).statusCode(400).body("error", equalTo("invalid_grant"));
        login(user.email(), OLD).statusCode(400).body("error", equalTo("invalid_grant"));
        login(user.email(), NEW).statusCode(200);
    }

    @Test
    void ownPasswordChangeIsRefusedAnonymously() {
        given().contentType(ContentType.JSON).body(Map.of("old_password", OLD, "new_password", NEW))
                .when().post("/users/me/password")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void adminSetsAPasswordAndTheOldSessionsEnd() {
        var user = aUser().with("password", OLD);
        String id = user.create();
        String refreshToken = Tokens.passwordGrant(user.email(), OLD).path("refresh_token");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("password", NEW))
                .when().put("/users/" + id + "/password")
                .then().statusCode(204);

        refresh(refreshToken).statusCode(400).body("error", equalTo("invalid_grant"));
        login(user.email(), NEW).statusCode(200);
    }

    @Test
    void adminSetPasswordFollowsTheRules() {
        var user = aUser().with("first_name", "Margaret");
        String id = user.create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("password", user.email()))
                .when().put("/users/" + id + "/password")
                .then().statusCode(400).body("errors.message", hasItem(org.hamcrest.Matchers.containsString("too similar")));
    }

    @Test
    void adminSetPasswordNeedsChangeUserPermission() {
        var plain = aUser().with("password", OLD);
        plain.create();
        String target = aUser().create();
        given().auth().oauth2(Tokens.of(plain.email(), OLD)).contentType(ContentType.JSON).body(Map.of("password", NEW))
                .when().put("/users/" + target + "/password")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("password", NEW))
                .when().put("/users/" + UUID.randomUUID() + "/password")
                .then().statusCode(404);
    }

    @Test
    void makingThePasswordUnusableStopsPasswordLogin() {
        var user = aUser().with("password", OLD);
        String id = user.create();
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/password").then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().body("has_usable_password", equalTo(false));
        login(user.email(), OLD).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void deactivationRevokesRefreshTokens() {
        var user = aUser().with("password", OLD);
        String id = user.create();
        String refreshToken = Tokens.passwordGrant(user.email(), OLD).path("refresh_token");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", false))
                .when().patch("/users/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", true))
                .when().patch("/users/" + id).then().statusCode(200);
        // reactivated, but the session from before the deactivation stays dead
        refresh(refreshToken).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void anImportedDjangoHashIsUpgradedOnLoginAndStillWorks() {
        String email = "upgrade-" + UUID.randomUUID() + "@example.org";
        given().auth().oauth2(Tokens.admin()).contentType("application/x-ndjson")
                .body(("{\"email\":\"" + email + "\",\"password\":\"" + UserImportTest.DJANGO_HASH + "\"}").getBytes())
                .when().post("/users/import").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(UserImportTest.DJANGO_HASH, storedHash(email));
        login(email, "letmein").statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(storedHash(email), startsWith("argon2$argon2id$v=19$m=1024,t=1,p=1$"));
        login(email, "letmein").statusCode(200);
        login(email, "letmeout").statusCode(400);
    }
}

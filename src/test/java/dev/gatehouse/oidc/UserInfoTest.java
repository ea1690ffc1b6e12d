package dev.gatehouse.oidc;

import static dev.gatehouse.testsupport.Codes.aCode;
import static dev.gatehouse.testsupport.OidcClients.aPublicClient;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** {@code GET/POST /auth/userinfo} (OpenID Connect Core §5.3): claims by scope, errors per RFC 6750 §3. */
@QuarkusTest
class UserInfoTest {

    static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    @Test
    void getAndPostAnswerTheSubAndTheClaimsOfEveryScopeGrantedWithNoStore() {
        String user = aUser().with("first_name", "Ada").with("last_name", "Lovelace").create();
        String token = accessToken(user, "openid profile email");

        for (ValidatableResponse response : new ValidatableResponse[] {
                given().auth().oauth2(token).get("/auth/userinfo").then(),
                given().auth().oauth2(token).post("/auth/userinfo").then(),
                given().auth().oauth2(token).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                        .post("/auth/userinfo").then()}) {
            response.statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                    .body("sub", equalTo(user))
                    .body("email", startsWith("user-"))
                    .body("email_verified", equalTo(false))
                    .body("name", equalTo("Ada Lovelace"))
                    .body("given_name", equalTo("Ada"))
                    .body("family_name", equalTo("Lovelace"))
                    .body("$", aMapWithSize(6));
        }
    }

    @Test
    void eachScopeReleasesOnlyItsOwnClaims() {
        String user = aUser().with("first_name", "Ada").with("last_name", "").create();

        userInfo(accessToken(user, "openid")).statusCode(200).body("sub", equalTo(user)).body("$", aMapWithSize(1));
        userInfo(accessToken(user, "openid email")).statusCode(200)
                .body("email_verified", equalTo(false)).body("$", aMapWithSize(3));
        userInfo(accessToken(user, "openid profile")).statusCode(200)
                .body("name", equalTo("Ada")).body("given_name", equalTo("Ada")).body("$", aMapWithSize(3));
    }

    @Test
    void withoutATokenThe401HasTheBareBearerChallenge() {
        given().get("/auth/userinfo").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().auth().preemptive().basic("someone", "secret").post("/auth/userinfo").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenThatIsNotAValidAccessTokenIsAnInvalidToken() {
        String user = aUser().create();
        String idToken = aCode(aPublicClient()).forUser(user).issue().redeem().statusCode(200).extract().path("id_token");

        for (String token : new String[] {"garbage", idToken, accessToken(user, "openid") + "x"}) {
            userInfo(token).statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", INVALID_TOKEN);
        }
    }

    @Test
    void aTokenWithoutOpenidIsInsufficientScope() {
        userInfo(accessToken(aUser().create(), "profile email")).statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403))
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"openid\"");
    }

    @Test
    void aDeactivatedOrDeletedUsersTokenIsAnInvalidToken() {
        String deactivated = aUser().create();
        String deactivatedToken = accessToken(deactivated, "openid");
        String deleted = aUser().create();
        String deletedToken = accessToken(deleted, "openid");
        userInfo(deactivatedToken).statusCode(200);
        userInfo(deletedToken).statusCode(200);

        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body("{\"is_active\": false}")
                .patch("/users/" + deactivated).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).delete("/users/" + deleted).then().statusCode(204);

        userInfo(deactivatedToken).statusCode(401).header("WWW-Authenticate", INVALID_TOKEN);
        userInfo(deletedToken).statusCode(401).header("WWW-Authenticate", INVALID_TOKEN);
    }

    @Test
    void aPasswordGrantsTokenWithTheDefaultScopesServesUserinfoToo() {
        userInfo(Tokens.admin()).statusCode(200).body("email", equalTo(Tokens.ADMIN_EMAIL));
    }

    private static ValidatableResponse userInfo(String token) {
        return given().auth().oauth2(token).get("/auth/userinfo").then();
    }

    private static String accessToken(String user, String scope) {
        return aCode(aPublicClient()).forUser(user).withScope(scope).issue().redeem().statusCode(200)
                .extract().path("access_token");
    }
}

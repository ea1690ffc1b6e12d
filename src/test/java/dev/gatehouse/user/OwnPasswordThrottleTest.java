package dev.gatehouse.user;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.Logins;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The old-password check of a password change is a password guess like a login: a stolen access token
 * must not buy unlimited guesses at the password behind it.
 */
@QuarkusTest
class OwnPasswordThrottleTest {

    static final String OLD = "Vq7!rTz2#pLm";
    static final String NEW = "Hb4$wNc9@kXs";

    @Test
    void thirtyWrongOldPasswordsLockTheAccountWith429ProblemAndRetryAfter() {
        UserBuilder user = aUser().with("password", OLD);
        user.create();
        String access = Tokens.passwordGrant(user.email(), OLD).path("access_token");
        for (int i = 0; i < 30; i++) {
            change(access, "wrong old password " + i).statusCode(400);
        }

        change(access, OLD).statusCode(429).contentType("application/problem+json").header("Retry-After", "60")
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"));
        // the same account counter as the login's
        Logins.attempt(user.email(), OLD).statusCode(429).body("error", equalTo("temporarily_unavailable"));
    }

    @Test
    void wrongOldPasswordsAndFailedLoginsAddUpOnOneCounter() {
        UserBuilder user = aUser().with("password", OLD);
        user.create();
        String access = Tokens.passwordGrant(user.email(), OLD).path("access_token");
        Logins.failures(user.email(), 15);
        for (int i = 0; i < 15; i++) {
            change(access, "wrong old password " + i).statusCode(400);
        }
        change(access, OLD).statusCode(429).header("Retry-After", "60");
    }

    @Test
    void theRightOldPasswordResetsTheCountLikeALogin() {
        UserBuilder user = aUser().with("password", OLD);
        user.create();
        String access = Tokens.passwordGrant(user.email(), OLD).path("access_token");
        Logins.failures(user.email(), 29);
        change(access, OLD, "123").statusCode(400); // the old password was right; the new one breaks the rules
        Logins.failures(user.email(), 29);
        change(access, OLD).statusCode(204);
    }

    private static ValidatableResponse change(String access, String oldPassword) {
        return change(access, oldPassword, NEW);
    }

    private static ValidatableResponse change(String access, String oldPassword, String newPassword) {
        return given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("old_password", oldPassword, "new_password", newPassword))
                .when().post("/users/me/password").then();
    }
}

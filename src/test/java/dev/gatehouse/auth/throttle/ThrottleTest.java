package dev.gatehouse.auth.throttle;

import static dev.gatehouse.testsupport.Logins.attempt;
import static dev.gatehouse.testsupport.Logins.failures;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account limit with its defaults: 30 failures, +60 s per failure, at most 15 min, forgotten after 12 h. */
@QuarkusTest
class ThrottleTest {

    static final String PASSWORD = "correct horse battery staple";

    @Inject
    TestClock clock;

    @Test
    void afterThirtyFailuresEvenTheRightPasswordGets429WithRetryAfterAndNoPasswordCheck() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        failures(user.email(), 30);
        attempt(user.email(), PASSWORD).statusCode(429).header("Retry-After", "60")
                .header("Cache-Control", "no-store")
                .body("error", equalTo("temporarily_unavailable"))
                .body("error_description", equalTo("Too many failed logins; try again in 60 seconds."));
        // no backend ran: the refused attempt is neither a success nor a failure in the audit trail
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", id).queryParam("type", "login.failed")
                .get("/audit-events").then().statusCode(200).body("items", hasSize(30));
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", id).queryParam("type", "login.succeeded")
                .get("/audit-events").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void eachFailureAfterTheLockAddsSixtySeconds() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        failures(user.email(), 30);
        clock.advance(Duration.ofSeconds(61));
        attempt(user.email(), "still wrong").statusCode(400);
        attempt(user.email(), PASSWORD).statusCode(429).header("Retry-After", "120");
    }

    @Test
    void afterTheWaitTheRightPasswordLogsInAndStartsTheCountAgain() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        failures(user.email(), 30);
        clock.advance(Duration.ofSeconds(61));
        attempt(user.email(), PASSWORD).statusCode(200);
        failures(user.email(), 29);
        attempt(user.email(), PASSWORD).statusCode(200);
    }

    @Test
    void twelveQuietHoursForgetTheFailures() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        failures(user.email(), 29);
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        failures(user.email(), 1);
        attempt(user.email(), PASSWORD).statusCode(200);
    }

    @Test
    void theCountIgnoresTheCaseOfTheEmail() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        failures(user.email(), 15);
        failures(user.email().toUpperCase(), 15);
        attempt(user.email(), PASSWORD).statusCode(429);
    }

    @Test
    void unknownAccountsAreLockedLikeKnownOnesSoALockRevealsNoAccount() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        failures(nobody, 30);
        attempt(nobody, PASSWORD).statusCode(429).header("Retry-After", "60");
    }

    @Test
    void aNulByteInTheLoginIsAnOrdinaryFailureAndCounts() {
        String hostile = "nul\u0000" + UUID.randomUUID() + "@example.org";
        attempt(hostile, PASSWORD).statusCode(400).body("error", equalTo("invalid_grant"));
        failures(hostile, 29);
        attempt(hostile, PASSWORD).statusCode(429);
    }

    @Test
    void anAdminUnlocksALockedUser() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        failures(user.email(), 30);
        given().auth().oauth2(Tokens.admin()).delete("/users/" + id + "/lockout").then().statusCode(204);
        attempt(user.email(), PASSWORD).statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", id).queryParam("type", "lockout.cleared")
                .get("/audit-events").then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", id).queryParam("type", "lockout.started")
                .get("/audit-events").then().statusCode(200).body("items[0].detail.scope", equalTo("account"))
                .body("items[0].detail.wait_seconds", equalTo(60));
    }

    @Test
    void unlockWithoutTokenIs401() {
        given().delete("/users/" + UUID.randomUUID() + "/lockout").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unlockWithoutChangeUserPermissionIs403() {
        UserBuilder caller = aUser().with("password", PASSWORD);
        caller.create();
        String target = aUser().create();
        given().auth().oauth2(Tokens.of(caller.email(), PASSWORD)).delete("/users/" + target + "/lockout")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unlockOfAnUnknownUserIs404() {
        given().auth().oauth2(Tokens.admin()).delete("/users/" + UUID.randomUUID() + "/lockout").then().statusCode(404);
    }
}

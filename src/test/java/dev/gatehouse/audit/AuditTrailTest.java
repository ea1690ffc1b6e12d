package dev.gatehouse.audit;

import static dev.gatehouse.testsupport.Logins.attempt;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    static final String PASSWORD = "correct horse battery staple";
    static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    TestClock clock;

    @Inject
    AuditLog log;

    @Inject
    AuditConfig config;

    @Test
    void loginSuccessAndFailureAreRecordedWithBackendAndReasonButNoPassword() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        attempt(user.email(), "a wrong password").statusCode(400);
        attempt(user.email(), PASSWORD).statusCode(200);
        String body = events(Map.of("user_id", id)).statusCode(200)
                .body("items.type", contains("login.succeeded", "login.failed", "user.created"))
                .body("items[0].detail.backend", equalTo("database"))
                .body("items[0].detail.client_id", equalTo("gatehouse-web"))
                .body("items[0].client_ip", equalTo("127.0.0.1"))
                .body("items[1].detail.reason", equalTo("invalid_credentials"))
                .body("items[2].actor_id", notNullValue())
                .extract().asString();
        assertFalse(body.contains(PASSWORD) || body.contains("a wrong password"), body);
    }

    @Test
    void aFailedLoginByUsernameNamesNoUserWhileUsernamesAreNoLogins() {
        // gatehouse.login.identifiers is email here: a username is no one's login, so the audit names no one
        String username = "user" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String id = aUser().with("username", username).with("password", PASSWORD).create();
        attempt(username, PASSWORD).statusCode(400);
        events(Map.of("user_id", id)).body("items.type", contains("user.created"));
    }

    @Test
    void refreshReuseAndRevocationAreRecorded() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        String first = Tokens.passwordGrant(user.email(), PASSWORD).path("refresh_token");
        String second = refresh(first).statusCode(200).extract().path("refresh_token");
        refresh(first).statusCode(400);
        given().contentType(FORM).formParam("token", second).post("/auth/revoke").then().statusCode(200);
        events(Map.of("user_id", id, "type", "token.refreshed")).body("items", hasSize(1))
                .body("items[0].detail.family_id", notNullValue());
        events(Map.of("user_id", id, "type", "token.reuse_detected")).body("items", hasSize(1));
        events(Map.of("user_id", id, "type", "token.revoked")).body("items", hasSize(1));
    }

    @Test
    void userChangesPasswordsAndGrantsAreRecordedWithTheAdminAsActor() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("first_name", "Ada"))
                .patch("/users/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("password", "plum tractor umbrella 93"))
                .put("/users/" + id + "/password").then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).put("/users/" + id + "/permissions/auth.view_user").then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).put("/users/" + id + "/permissions/auth.view_user").then().statusCode(204);
        String group = "auditors-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", group))
                .post("/groups").then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).put("/users/" + id + "/groups/" + group).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).delete("/users/" + id).then().statusCode(204);
        events(Map.of("user_id", id)).body("items.type", contains("user.deleted", "grant.group_joined",
                        "grant.permission_granted", "user.password_set", "user.updated", "user.created"))
                .body("items[1].detail.name", equalTo(group))
                .body("items[2].detail.name", equalTo("auth.view_user"))
                .body("items[4].detail.fields", contains("first_name"))
                .body("items.actor_id", everyItem(notNullValue()));
    }

    @Test
    void pagesFollowTheCursorNewestFirst() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        attempt(user.email(), "wrong 1").statusCode(400);
        attempt(user.email(), "wrong 2").statusCode(400);
        ValidatableResponse first = events(Map.of("user_id", id, "limit", "2")).body("items", hasSize(2))
                .body("items.type", contains("login.failed", "login.failed"));
        String cursor = first.extract().path("next_cursor");
        events(Map.of("user_id", id, "limit", "2", "cursor", cursor)).body("items.type", contains("user.created"))
                .body("next_cursor", nullValue());
    }

    @Test
    void sinceAndUntilSelectATimeWindow() {
        String id = aUser().create();
        OffsetDateTime after = OffsetDateTime.now(clock).plusSeconds(1);
        events(Map.of("user_id", id, "since", after.toString())).body("items", hasSize(0));
        events(Map.of("user_id", id, "until", after.toString())).body("items", hasSize(1));
    }

    /**
     * Ages only this test's own events past the retention period, rather than moving the clock every test
     * shares: the purge then takes them and leaves a recent event alone.
     */
    @Test
    void eventsPastTheRetentionPeriodArePurgedAndRecentOnesKept() {
        String old = aUser().create();
        String recent = aUser().create();
        OffsetDateTime pastRetention = OffsetDateTime.now(clock).minus(config.retention()).minusDays(1);
        // audit events are immutable to the application; the test ages its rows in SQL
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE audit_events SET occurred_at = ?1 WHERE user_id = ?2")
                .setParameter(1, pastRetention).setParameter(2, UUID.fromString(old)).executeUpdate());
        log.purge();
        events(Map.of("user_id", old)).body("items", hasSize(0));
        events(Map.of("user_id", recent)).body("items", hasSize(1));
    }

    @Test
    void malformedFiltersAre400Problems() {
        for (Map<String, String> bad : List.of(Map.of("user_id", "x"), Map.of("since", "yesterday"),
                Map.of("cursor", "%%%"), Map.of("limit", "0"), Map.of("limit", "201"))) {
            given().auth().oauth2(Tokens.admin()).queryParams(bad).get("/audit-events").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void listingWithoutTokenIs401() {
        given().get("/audit-events").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void listingWithoutViewAuditEventPermissionIs403() {
        UserBuilder caller = aUser().with("password", PASSWORD);
        caller.create();
        given().auth().oauth2(Tokens.of(caller.email(), PASSWORD)).get("/audit-events").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aHolderOfViewAuditEventMayList() {
        UserBuilder caller = aUser().with("password", PASSWORD);
        String id = caller.create();
        given().auth().oauth2(Tokens.admin()).put("/users/" + id + "/permissions/auth.view_auditevent").then()
                .statusCode(204);
        given().auth().oauth2(Tokens.of(caller.email(), PASSWORD)).queryParam("user_id", id).get("/audit-events")
                .then().statusCode(200).body("items.type", contains("login.succeeded", "grant.permission_granted", "user.created"));
    }

    private static ValidatableResponse refresh(String token) {
        return given().contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .post("/auth/token").then();
    }

    private static ValidatableResponse events(Map<String, String> query) {
        return given().auth().oauth2(Tokens.admin()).queryParams(query).get("/audit-events").then().statusCode(200);
    }
}

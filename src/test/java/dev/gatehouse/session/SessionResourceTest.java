package dev.gatehouse.session;

import static dev.gatehouse.testsupport.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import dev.gatehouse.testsupport.Sessions;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sessions API: a user lists and ends their own sessions, an admin another user's; only active sessions
 * are listed, and ending one that is unknown, another user's or no longer active is one and the same 404.
 * The guard rows of the admin endpoints are in GuardMatrixTest.
 */
@QuarkusTest
class SessionResourceTest {

    @Inject
    SessionCookie cookie;

    @Test
    void ownListShowsEachActiveSessionWithItsTimesAndOrigin() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());
        LoginSession s = Sessions.row(started.session().id); // as stored: PostgreSQL keeps microseconds

        as(user).when().get("/users/me/sessions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(s.id.toString()))
                .body("[0].auth_backend", equalTo("database"))
                .body("[0].amr", contains("pwd"))
                .body("[0].user_agent", equalTo("TestBrowser/1.0"))
                .body("[0].client_address", equalTo("192.0.2.7"))
                .body("[0].current", equalTo(false))
                .body("[0].created_at", notNullValue())
                .body("[0].last_seen_at", notNullValue())
                .body("[0].auth_time", notNullValue());
        String idleEnd = as(user).get("/users/me/sessions").path("[0].idle_expires_at");
        String absoluteEnd = as(user).get("/users/me/sessions").path("[0].expires_at");
        assertEquals(s.lastSeenAt.plusMinutes(30).toInstant(), OffsetDateTime.parse(idleEnd).toInstant());
        assertEquals(s.createdAt.plusHours(10).toInstant(), OffsetDateTime.parse(absoluteEnd).toInstant());
    }

    @Test
    void theSessionOfTheRequestsCookieIsMarkedCurrent() {
        Caller user = Callers.plain();
        StartedSession mine = Sessions.startFor(user.id());
        StartedSession other = Sessions.startFor(user.id());

        as(user).cookie(cookie.name(), mine.secret()).when().get("/users/me/sessions").then().statusCode(200)
                .body("find { it.id == '" + mine.session().id + "' }.current", equalTo(true))
                .body("find { it.id == '" + other.session().id + "' }.current", equalTo(false));
        as(user).cookie(cookie.name(), "ghsn_not-a-session").when().get("/users/me/sessions").then()
                .statusCode(200).body("current", not(hasItem(true)));
    }

    @Test
    void endedAndIdleSessionsAreNotListed() {
        Caller user = Callers.plain();
        StartedSession idle = Sessions.startFor(user.id());
        Sessions.idleFor(idle.session().id, Duration.ofMinutes(31));
        StartedSession ended = Sessions.startFor(user.id());
        StartedSession active = Sessions.startFor(user.id());
        as(user).when().delete("/users/me/sessions/" + ended.session().id).then().statusCode(204);

        as(user).when().get("/users/me/sessions").then().statusCode(200)
                .body("id", contains(active.session().id.toString()));
        assertNotNull(Sessions.row(idle.session().id), "an idle session is not listed, yet its row stays");
    }

    @Test
    void endingOwnSessionEndsItAndRecordsWhoEndedIt() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());

        as(user).when().delete("/users/me/sessions/" + started.session().id).then().statusCode(204);

        as(user).when().get("/users/me/sessions").then().statusCode(200).body("", empty());
        assertNotNull(Sessions.row(started.session().id).endedAt);
        given().auth().oauth2(Tokens.admin())
                .queryParam("type", "session.ended").queryParam("user_id", user.id())
                .when().get("/audit-events").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actor_id", equalTo(user.id()))
                .body("items[0].detail.session_id", equalTo(started.session().id.toString()))
                .body("items[0].detail.reason", equalTo("revoked"));
    }

    @Test
    void endingASessionThatIsNotOneOfTheCallersActiveOnesIsOneNotFound() {
        Caller user = Callers.plain();
        Caller other = Callers.plain();
        StartedSession othersSession = Sessions.startFor(other.id());
        StartedSession ended = Sessions.startFor(user.id());
        as(user).when().delete("/users/me/sessions/" + ended.session().id).then().statusCode(204);

        for (UUID id : List.of(othersSession.session().id, ended.session().id, UUID.randomUUID())) {
            as(user).when().delete("/users/me/sessions/" + id).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No active session of this user has this id."));
        }
        as(other).when().get("/users/me/sessions").then().body("id", contains(othersSession.session().id.toString()));
    }

    @Test
    void malformedSessionIdIsABadRequest() {
        as(Callers.plain()).when().delete("/users/me/sessions/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + UUID.randomUUID() + "/sessions/nope")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("session_id"));
    }

    @Test
    void ownSessionsNeedAnActiveAuthenticatedCaller() {
        given().when().get("/users/me/sessions").then().statusCode(401).contentType("application/problem+json");
        given().when().delete("/users/me/sessions/" + UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
        Caller deactivated = Callers.deactivatedWith();
        as(deactivated).when().get("/users/me/sessions").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void adminListsAndEndsAnotherUsersSessions() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());
        String admin = Tokens.admin();

        given().auth().oauth2(admin).when().get("/users/" + user.id() + "/sessions").then().statusCode(200)
                .body("id", contains(started.session().id.toString()));
        given().auth().oauth2(admin).when().delete("/users/" + user.id() + "/sessions/" + started.session().id)
                .then().statusCode(204);

        as(user).when().get("/users/me/sessions").then().body("", empty());
        given().auth().oauth2(admin)
                .queryParam("type", "session.ended").queryParam("user_id", user.id())
                .when().get("/audit-events").then().statusCode(200)
                .body("items[0].actor_id", not(equalTo(user.id())))
                .body("items[0].actor_id", notNullValue())
                .body("items[0].detail.reason", equalTo("revoked"));
    }

    @Test
    void adminEndingASessionOfAnotherUserOrAnUnknownOneIsNotFound() {
        Caller user = Callers.plain();
        Caller other = Callers.plain();
        StartedSession othersSession = Sessions.startFor(other.id());
        String admin = Tokens.admin();

        given().auth().oauth2(admin).when().delete("/users/" + user.id() + "/sessions/" + othersSession.session().id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).when().delete("/users/" + UUID.randomUUID() + "/sessions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(null, Sessions.row(othersSession.session().id).endedAt);
    }

    @Test
    void adminListNeedsBothViewUserAndChangeUser() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());

        as(Callers.withPermissions("auth.view_user")).when().get("/users/" + user.id() + "/sessions")
                .then().statusCode(403).contentType("application/problem+json");
        as(Callers.withPermissions("auth.change_user")).when().get("/users/" + user.id() + "/sessions")
                .then().statusCode(403).contentType("application/problem+json");
        as(Callers.withPermissions("auth.view_user")).when()
                .delete("/users/" + user.id() + "/sessions/" + started.session().id)
                .then().statusCode(403).contentType("application/problem+json");
        as(Callers.withPermissions("auth.view_user", "auth.change_user")).when()
                .get("/users/" + user.id() + "/sessions").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void onlyASuperuserEndsASuperusersSession() {
        Caller superuser = Callers.superuser();
        StartedSession started = Sessions.startFor(superuser.id());

        as(Callers.withPermissions("auth.change_user")).when()
                .delete("/users/" + superuser.id() + "/sessions/" + started.session().id)
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(null, Sessions.row(started.session().id).endedAt);
        given().auth().oauth2(Tokens.admin()).when()
                .delete("/users/" + superuser.id() + "/sessions/" + started.session().id).then().statusCode(204);
    }

    @Test
    void adminListOfAnUnknownUserIsNotFound() {
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + UUID.randomUUID() + "/sessions")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/users/nope/sessions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

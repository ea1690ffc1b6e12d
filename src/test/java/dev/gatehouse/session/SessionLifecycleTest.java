package dev.gatehouse.session;

import static dev.gatehouse.testsupport.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import dev.gatehouse.testsupport.EndedSessions;
import dev.gatehouse.testsupport.Sessions;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions end with the user's credentials: a password change (own or by an admin) and a deactivation end
 * every session of the user, firing SessionEnded for each; a deletion takes the rows with it (ON DELETE CASCADE).
 * Another user's sessions are untouched.
 */
@QuarkusTest
class SessionLifecycleTest {

    @Inject
    EndedSessions ended;

    @Test
    void ownPasswordChangeEndsEverySessionOfTheUser() {
        Caller user = Callers.plain();
        Caller bystander = Callers.plain();
        List<StartedSession> started = List.of(Sessions.startFor(user.id()), Sessions.startFor(user.id()));
        StartedSession untouched = Sessions.startFor(bystander.id());
        as(user).when().get("/users/me/sessions").then().body("", hasSize(2));

        as(user).contentType(ContentType.JSON)
                .body(Map.of("old_password", Callers.PASSWORD, "new_password", "another long passphrase"))
                .when().post("/users/me/password").then().statusCode(204);

        as(user).when().get("/users/me/sessions").then().statusCode(200).body("", empty());
        started.forEach(s -> assertEquals(true, ended.fired(s.session().id)));
        as(bystander).when().get("/users/me/sessions").then().body("id", contains(untouched.session().id.toString()));
        given().auth().oauth2(Tokens.admin()).queryParam("type", "session.ended").queryParam("user_id", user.id())
                .when().get("/audit-events").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].detail.reason", equalTo("credentials_changed"));
    }

    @Test
    void adminPasswordSetEndsTheUsersSessions() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("password", "a brand new passphrase"))
                .when().put("/users/" + user.id() + "/password").then().statusCode(204);

        adminList(user).body("", empty());
        assertEquals(true, ended.fired(started.session().id));
    }

    @Test
    void deactivationEndsTheUsersSessions() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());
        adminList(user).body("", hasSize(1));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", false))
                .when().patch("/users/" + user.id()).then().statusCode(200);

        adminList(user).body("", empty());
        assertEquals(true, ended.fired(started.session().id));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("is_active", true))
                .when().patch("/users/" + user.id()).then().statusCode(200);
        adminList(user).body("", empty());
    }

    @Test
    void anUnrelatedChangeKeepsTheSessions() {
        Caller user = Callers.plain();
        StartedSession started = Sessions.startFor(user.id());

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("first_name", "Renamed"))
                .when().patch("/users/" + user.id()).then().statusCode(200);

        adminList(user).body("id", contains(started.session().id.toString()));
    }

    @Test
    void deletionTakesTheSessionRowsWithIt() {
        Caller user = Callers.plain();
        Sessions.startFor(user.id());
        Sessions.startFor(user.id());
        assertEquals(2, Sessions.rowsOf(user.id()));

        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + user.id()).then().statusCode(204);

        assertEquals(0, Sessions.rowsOf(user.id()));
    }

    private static io.restassured.response.ValidatableResponse adminList(Caller user) {
        return given().auth().oauth2(Tokens.admin()).when().get("/users/" + user.id() + "/sessions").then()
                .statusCode(200);
    }
}

package dev.gatehouse.user;

import static dev.gatehouse.testsupport.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every active user may read and edit their own user (names only) and profile, and read their permissions. */
@QuarkusTest
class SelfServiceTest {

    @Test
    void plainUserReadsThemselvesThroughUsersMe() {
        Caller me = Callers.plain();
        as(me).when().get("/users/me").then().statusCode(200)
                .body("id", equalTo(me.id())).body("email", equalTo(me.email()))
                .body("profile.date_of_birth", equalTo("1990-04-01"));
    }

    @Test
    void plainUserChangesTheirOwnNamesThroughUsersMe() {
        Caller me = Callers.plain();
        as(me).contentType("application/merge-patch+json").body(Map.of("first_name", "Ada", "last_name", "Lovelace"))
                .when().patch("/users/me").then().statusCode(200)
                .body("first_name", equalTo("Ada")).body("last_name", equalTo("Lovelace"));
        as(me).when().get("/users/me").then().body("first_name", equalTo("Ada"));
    }

    @Test
    void patchingAnyOtherFieldThroughUsersMeIsA403NamingIt() {
        Caller me = Callers.plain();
        for (String field : new String[] {"is_superuser", "is_staff", "is_active", "email", "username"}) {
            Object value = field.startsWith("is_") ? (Object) true : "x" + System.nanoTime() + "@example.org";
            as(me).contentType(ContentType.JSON).body(Map.of("first_name", "Eve", field, value))
                    .when().patch("/users/me").then().statusCode(403).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        }
        as(me).when().get("/users/me").then().body("is_superuser", equalTo(false)).body("first_name", equalTo(""));
    }

    @Test
    void usersMeIsNotMistakenForAUserId() {
        given().auth().oauth2(dev.gatehouse.testsupport.Tokens.admin()).when().get("/users/me")
                .then().statusCode(200).body("email", equalTo(dev.gatehouse.testsupport.Tokens.ADMIN_EMAIL));
    }

    @Test
    void plainUserReadsAndPatchesTheirOwnProfileButNotAnothers() {
        Caller me = Callers.plain();
        Caller other = Callers.plain();
        as(me).when().get("/profiles/" + me.id()).then().statusCode(200);
        as(me).contentType(ContentType.JSON).body(Map.of("bio", "mine")).when().patch("/profiles/" + me.id())
                .then().statusCode(200).body("bio", equalTo("mine"));
        as(me).when().get("/profiles/" + other.id()).then().statusCode(403).contentType("application/problem+json");
        as(me).contentType(ContentType.JSON).body(Map.of("bio", "theirs")).when().patch("/profiles/" + other.id())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void plainUserReadsTheirOwnPermissionsButNotAnothers() {
        Caller me = Callers.withPermissions("auth.view_group");
        as(me).when().get("/users/" + me.id() + "/permissions").then().statusCode(200)
                .body("permissions", hasItem("auth.view_group"));
        as(me).when().get("/users/" + Callers.plain().id() + "/permissions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void userDeactivatedAfterTheirTokenWasIssuedLosesSelfServiceAtOnce() {
        Caller me = Callers.deactivatedWith();
        as(me).when().get("/users/me").then().statusCode(403).contentType("application/problem+json");
        as(me).contentType(ContentType.JSON).body(Map.of("first_name", "Zombie")).when().patch("/users/me")
                .then().statusCode(403);
        as(me).when().get("/profiles/" + me.id()).then().statusCode(403);
        as(me).when().get("/users/" + me.id() + "/permissions").then().statusCode(403);
    }

    @Test
    void anonymousCallerGets401ProblemForUsersMe() {
        given().when().get("/users/me").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("first_name", "x")).when().patch("/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}

package dev.gatehouse.user;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk creation and get-or-create: all or nothing, and one winner under concurrency. */
@QuarkusTest
class UserCreationTest {

    @Test
    void bulkCreatesEveryUserWithProfile() {
        List<Map<String, Object>> users = IntStream.range(0, 25).mapToObj(i -> aUser().body()).toList();
        List<String> ids = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("users", users))
                .when().post("/users/bulk")
                .then().statusCode(201).body("items", hasSize(25))
                .extract().path("items.id");
        given().auth().oauth2(Tokens.admin()).queryParam("id", ids).queryParam("limit", 100)
                .when().get("/users")
                .then().body("items", hasSize(25)).body("items.profile.date_of_birth", hasItem("1990-04-01"));
    }

    @Test
    void bulkWithOneInvalidUserWritesNothing() {
        var good = aUser();
        var bad = aUser().withoutProfile("date_of_birth");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("users", List.of(good.body(), bad.body())))
                .when().post("/users/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("users[1].profile.date_of_birth"));
        given().auth().oauth2(Tokens.admin()).queryParam("email", good.email()).when().get("/users").then().body("items", hasSize(0));
    }

    @Test
    void bulkWithRepeatedEmailWritesNothing() {
        var user = aUser();
        var again = aUser().withEmail(user.email().toUpperCase());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("users", List.of(user.body(), again.body())))
                .when().post("/users/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("users[1].email"));
        given().auth().oauth2(Tokens.admin()).queryParam("email", user.email()).when().get("/users").then().body("items", hasSize(0));
    }

    @Test
    void bulkWithExistingEmailIs409AndWritesNothing() {
        var existing = aUser();
        existing.create();
        var fresh = aUser();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("users", List.of(fresh.body(), existing.body())))
                .when().post("/users/bulk")
                .then().statusCode(409).body("errors[0].field", equalTo("users[1].email"));
        given().auth().oauth2(Tokens.admin()).queryParam("email", fresh.email()).when().get("/users").then().body("items", hasSize(0));
    }

    @Test
    void bulkRefusesMoreThanTheLimit() {
        List<Map<String, Object>> users = IntStream.range(0, 1001)
                .mapToObj(i -> Map.<String, Object>of("email", "u" + i + "@example.org")).toList();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("users", users))
                .when().post("/users/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("users"));
    }

    @Test
    void getOrCreateCreatesOnceThenFinds() {
        String email = "goc-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = Map.of("email", email,
                "defaults", Map.of("first_name", "Grace", "profile", Map.of("date_of_birth", "1906-12-09")));
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/users/get-or-create")
                .then().statusCode(201).body("created", equalTo(true)).body("user.first_name", equalTo("Grace"))
                .extract().path("user.id");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase().replace("EXAMPLE.ORG", "example.org")))
                .when().post("/users/get-or-create")
                .then().statusCode(200).body("created", equalTo(false)).body("user.id", equalTo(id));
    }

    @Test
    void getOrCreateShowsACallerWithoutViewUserOnlyTheIdAndWhetherItWasCreated() {
        Caller adder = Callers.withPermissions("auth.add_user");
        String email = "goc-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = Map.of("email", email, "defaults", Map.of("first_name", "Grace",
                "profile", Map.of("date_of_birth", "1906-12-09")));
        String id = Callers.as(adder).contentType(ContentType.JSON).body(body).when().post("/users/get-or-create")
                .then().statusCode(201).body("keySet()", containsInAnyOrder("id", "created"))
                .body("created", equalTo(true)).extract().path("id");
        Callers.as(adder).contentType(ContentType.JSON).body(body).when().post("/users/get-or-create")
                .then().statusCode(200).body("keySet()", containsInAnyOrder("id", "created")).body("id", equalTo(id));
        Caller reader = Callers.withPermissions("auth.add_user", "auth.view_user");
        Callers.as(reader).contentType(ContentType.JSON).body(body).when().post("/users/get-or-create")
                .then().statusCode(200).body("id", equalTo(id)).body("created", equalTo(false))
                .body("user.email", equalTo(email)).body("user.first_name", equalTo("Grace"));
    }

    @Test
    void getOrCreateWithoutRequiredProfileFieldIs400() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "goc-" + UUID.randomUUID() + "@example.org"))
                .when().post("/users/get-or-create")
                .then().statusCode(400).body("errors[0].field", equalTo("profile.date_of_birth"));
    }

    @Test
    void twentyConcurrentGetOrCreateCallsCreateExactlyOneUser() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = Map.of("email", email, "defaults", Map.of("profile", Map.of("date_of_birth", "2000-01-01")));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                        .when().post("/users/get-or-create").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
            assertEquals(19, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.admin()).queryParam("email", email).when().get("/users").then().body("items", hasSize(1));
    }
}

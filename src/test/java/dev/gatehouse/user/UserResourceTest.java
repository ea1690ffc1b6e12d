package dev.gatehouse.user;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void createThenGetReturnsUserWithProfileAndNoPassword() {
        var user = aUser().with("first_name", "Ada").with("password", "Zq8#mLw2!vTe-ada")
                .withProfile("bio", "Countess").withProfile("attributes", Map.of("team", "engines"));
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(user.body())
                .when().post("/users")
                .then().statusCode(201)
                .header("Location", endsWith("/users/" + UUID.fromString(
                        given().auth().oauth2(Tokens.admin()).when().get("/users?email=" + user.email()).then().extract().path("items[0].id"))))
                .extract().path("id");

        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id)
                .then().statusCode(200)
                .body("email", equalTo(user.email()))
                .body("first_name", equalTo("Ada"))
                .body("is_active", equalTo(true))
                .body("is_staff", equalTo(false))
                .body("password", nullValue())
                .body("date_joined", notNullValue())
                .body("profile.user_id", equalTo(id))
                .body("profile.date_of_birth", equalTo("1990-04-01"))
                .body("profile.bio", equalTo("Countess"))
                .body("profile.attributes.team", equalTo("engines"));
    }

    @Test
    void createWithoutPasswordGivesUnusablePassword() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().body("has_usable_password", equalTo(false));
    }

    @Test
    void getUserWithProfileIsOneSqlStatementAfterThePermissionCheck() {
        String id = aUser().create();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().statusCode(200).body("profile.user_id", equalTo(id));
        // one statement reads the caller's permissions (PermissionGuard), one the user with its profile
        assertEquals(2, stats.getPrepareStatementCount(), "GET /users/{id} must be one SQL statement after the guard");
    }

    @Test
    void emailIsNormalizedAndUniqueCaseInsensitively() {
        String local = "Mixed.Case-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(aUser().withEmail("  " + local + "@ExAmPle.ORG ").body())
                .when().post("/users")
                .then().statusCode(201).body("email", equalTo(local + "@example.org"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(aUser().withEmail(local.toUpperCase() + "@example.org").body())
                .when().post("/users")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void emailIsNfkcNormalized() {
        String local = "nfkc" + UUID.randomUUID().toString().substring(0, 8);
        // U+FF21 FULLWIDTH LATIN CAPITAL LETTER A folds to "A" under NFKC, then the domain is lower-cased.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(aUser().withEmail(local + "@ex\uFF21mple.org").body())
                .when().post("/users")
                .then().statusCode(201).body("email", equalTo(local + "@example.org"));
    }

    @Test
    void createWithoutRequiredProfileFieldWritesNothing() {
        var user = aUser().withoutProfile("date_of_birth");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(user.body())
                .when().post("/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("profile.date_of_birth"));
        given().auth().oauth2(Tokens.admin()).when().get("/users?email=" + user.email()).then().body("items", hasSize(0));
    }

    @Test
    void createValidatesEveryField() {
        var user = aUser().withEmail("not-an-email").with("username", "bad name!")
                .withProfile("date_of_birth", "2999-01-01").withProfile("website", "ftp://example.org");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(user.body())
                .when().post("/users")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder(
                        "email", "username", "profile.date_of_birth", "profile.website"));
    }

    @Test
    void createRejectsWeakPasswordsListingEveryRule() {
        var user = aUser().with("password", "12345");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(user.body())
                .when().post("/users")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("password")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("too short")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("too common")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("entirely numeric")));
        given().auth().oauth2(Tokens.admin()).when().get("/users?email=" + user.email()).then().body("items", hasSize(0));
    }

    @Test
    void createStoresAnArgon2HashNeverThePassword() {
        String id = aUser().with("password", "Zq8#mLw2!vTe").create();
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().body("has_usable_password", equalTo(true));
        String stored = (String) emf.createEntityManager()
                .createNativeQuery("select password from users where id = cast(?1 as uuid)").setParameter(1, id)
                .getSingleResult();
        org.junit.jupiter.api.Assertions.assertTrue(stored.startsWith("argon2$argon2id$v=19$m=1024,t=1,p=1$"), stored);
    }

    @Test
    void getUnknownUserIs404Problem() {
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void patchMergesFieldsAndKeepsOthers() {
        String id = aUser().with("first_name", "Ada").with("last_name", "Byron").create();
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body(Map.of("last_name", "Lovelace"))
                .when().patch("/users/" + id)
                .then().statusCode(200)
                .body("first_name", equalTo("Ada"))
                .body("last_name", equalTo("Lovelace"));
    }

    @Test
    void patchRejectsUnknownFieldsAndBadValues() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("password", "x"))
                .when().patch("/users/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "nope"))
                .when().patch("/users/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void patchToTakenEmailIs409() {
        var other = aUser();
        other.create();
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", other.email().toUpperCase()))
                .when().patch("/users/" + id)
                .then().statusCode(409);
    }

    @Test
    void deleteRemovesUserAndProfile() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get("/profiles/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id).then().statusCode(404);
    }

    @Test
    void listFiltersByIdsAndPagesWithCursor() {
        List<String> ids = List.of(aUser().create(), aUser().create(), aUser().create());
        var first = given().auth().oauth2(Tokens.admin()).queryParam("id", ids).queryParam("limit", 2)
                .when().get("/users")
                .then().statusCode(200).body("items", hasSize(2)).body("next_cursor", notNullValue())
                .extract();
        String cursor = first.path("next_cursor");
        given().auth().oauth2(Tokens.admin()).queryParam("id", ids).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/users")
                .then().statusCode(200).body("items", hasSize(1)).body("next_cursor", nullValue())
                .body("items[0].id", equalTo(ids.get(2)));
        assertEquals(ids.subList(0, 2), first.path("items.id"));
    }

    @Test
    void listFiltersByActive() {
        String id = aUser().with("is_active", false).create();
        given().auth().oauth2(Tokens.admin()).queryParam("id", id).queryParam("is_active", false)
                .when().get("/users").then().body("items.id", containsInAnyOrder(id));
        given().auth().oauth2(Tokens.admin()).queryParam("id", id).queryParam("is_active", true)
                .when().get("/users").then().body("items", hasSize(0));
    }

    @Test
    void listRejectsBadLimitCursorAndTooManyIds() {
        given().auth().oauth2(Tokens.admin()).queryParam("limit", 0).when().get("/users").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.admin()).queryParam("cursor", "!!").when().get("/users").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        List<String> many = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(101).toList();
        given().auth().oauth2(Tokens.admin()).queryParam("id", many).when().get("/users").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void everyUserEndpointWhenAnonymousThen401Problem() {
        String id = aUser().create();
        List.of(given().when().get("/users"),
                given().when().get("/users/" + id),
                given().contentType(ContentType.JSON).body(aUser().body()).when().post("/users"),
                given().contentType(ContentType.JSON).body(Map.of("users", List.of())).when().post("/users/bulk"),
                given().contentType(ContentType.JSON).body(Map.of("email", "x@example.org")).when().post("/users/get-or-create"),
                given().contentType(ContentType.JSON).body(Map.of("last_name", "X")).when().patch("/users/" + id),
                given().when().delete("/users/" + id),
                given().when().get("/users/" + id + "/permissions"),
                given().when().get("/users/me"),
                given().contentType(ContentType.JSON).body(Map.of("first_name", "X")).when().patch("/users/me"),
                given().contentType("application/x-ndjson").body("{}".getBytes()).when().post("/users/import"))
            .forEach(response -> response.then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401)));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id).then().statusCode(200);
    }

    @Test
    void invalidOrTamperedBearerTokenIs401Problem() {
        String token = Tokens.admin();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).when().get("/users?limit=1")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/users?limit=1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void listingUsersWithoutViewUserIs403Problem() {
        var user = aUser();
        user.with("password", "a long enough password").create();
        given().auth().oauth2(Tokens.of(user.email(), "a long enough password"))
                .when().get("/users?limit=1").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void createWithUnknownFieldIs400Problem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(aUser().with("nickname", "x").body())
                .when().post("/users")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("nickname"));
    }
}

package dev.gatehouse.permission;

import static dev.gatehouse.permission.Fixtures.aGroup;
import static dev.gatehouse.permission.Fixtures.aPermission;
import static dev.gatehouse.permission.Fixtures.anApp;
import static dev.gatehouse.permission.Fixtures.join;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupResourceTest {

    @Test
    void createThenGetShowsPermissionsAndMemberCount() {
        String app = anApp();
        String a = aPermission(app, "a");
        String b = aPermission(app, "b");
        String name = "editors-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", name, "permissions", List.of(b, a)))
                .when().post("/groups")
                .then().statusCode(201).header("Location", endsWith("/groups/" + name))
                .body("name", equalTo(name)).body("permissions", contains(a, b)).body("member_count", equalTo(0));
        join(aUser().create(), name);
        given().auth().oauth2(Tokens.admin()).when().get("/groups/" + name)
                .then().statusCode(200).body("permissions", contains(a, b)).body("member_count", equalTo(1));
    }

    @Test
    void groupNamedLikeATokenRoleIsRefusedOnCreateAndRenameWithAFieldErrorOnName() {
        String existing = aGroup();
        for (String reserved : List.of("superuser", "Staff", "SUPERUSER ", "\uff53\uff55\uff50\uff45\uff52\uff55\uff53\uff45\uff52",
                "\u017fuperuser")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", reserved))
                    .when().post("/groups")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("reserved"));
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", reserved))
                    .when().patch("/groups/" + existing)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"));
        }
        given().auth().oauth2(Tokens.admin()).when().get("/groups/" + existing).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "superusers-" + UUID.randomUUID())).when().post("/groups").then().statusCode(201);
    }

    @Test
    void createWithTakenNameIs409() {
        String name = aGroup();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/groups")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }

    @Test
    void createRejectsUnknownOrMalformedPermissionsAndBadNames() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "g-" + UUID.randomUUID(), "permissions", List.of("auth.view_user", anApp() + ".nope", "Bad")))
                .when().post("/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("permissions[2]"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "g-" + UUID.randomUUID(), "permissions", List.of(anApp() + ".nope")))
                .when().post("/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("permissions[0]"))
                .body("errors[0].message", equalTo("no such permission"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "a/b"))
                .when().post("/groups").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("permissions", List.of()))
                .when().post("/groups").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void listIsPaginatedByNameWithPermissionCounts() {
        String prefix = "aaa-" + UUID.randomUUID();
        String perm = aPermission();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", prefix + i, "permissions", List.of(perm)))
                    .when().post("/groups").then().statusCode(201);
        }
        String next = given().auth().oauth2(Tokens.admin()).when().get("/groups?limit=2")
                .then().statusCode(200).body("items", hasSize(2)).body("next_cursor", notNullValue())
                .extract().path("next_cursor");
        given().auth().oauth2(Tokens.admin()).when().get("/groups?limit=200&cursor=" + next).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/groups?limit=0").then().statusCode(400);
    }

    @Test
    void patchRenamesAndReplacesPermissions() {
        String app = anApp();
        String old = aPermission(app, "old");
        String fresh = aPermission(app, "fresh");
        String name = aGroup(old);
        String renamed = "renamed-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body(Map.of("name", renamed, "permissions", List.of(fresh)))
                .when().patch("/groups/" + name)
                .then().statusCode(200).body("name", equalTo(renamed)).body("permissions", contains(fresh));
        given().auth().oauth2(Tokens.admin()).when().get("/groups/" + name).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of())
                .when().patch("/groups/" + renamed)
                .then().statusCode(200).body("permissions", contains(fresh));
    }

    @Test
    void patchToTakenNameIs409AndUnknownGroupIs404() {
        String taken = aGroup();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", taken))
                .when().patch("/groups/" + aGroup()).then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().patch("/groups/no-such-" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void deleteRemovesGroupAndTheGrantsItGave() {
        String perm = aPermission();
        String name = aGroup(perm);
        String id = aUser().create();
        join(id, name);
        given().auth().oauth2(Tokens.admin()).when().delete("/groups/" + name).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/groups/" + name).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().body("permissions", empty());
        given().auth().oauth2(Tokens.admin()).when().delete("/groups/" + name).then().statusCode(404);
    }
}

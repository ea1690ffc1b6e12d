package dev.gatehouse.permission;

import static dev.gatehouse.permission.Fixtures.aGroup;
import static dev.gatehouse.permission.Fixtures.aPermission;
import static dev.gatehouse.permission.Fixtures.anApp;
import static dev.gatehouse.permission.Fixtures.grant;
import static dev.gatehouse.permission.Fixtures.join;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PermissionResourceTest {

    @Test
    void migrationCreatesGatehousesOwnPermissions() {
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?app_label=auth&limit=200")
                .then().statusCode(200)
                .body("items.permission", hasItems("auth.view_user", "auth.add_profile", "auth.change_permission",
                        "auth.delete_group", "auth.view_client", "auth.view_auditevent"))
                .body("items.size()", equalTo(21));
    }

    @Test
    void registerIsIdempotentCreatedThenOkAndTakesTheLatestName() {
        String perm = anApp() + ".close_task";
        register(perm, "Can close task").statusCode(201)
                .body("permission", equalTo(perm)).body("codename", equalTo("close_task"));
        register(perm, "Can close a task").statusCode(200).body("name", equalTo("Can close a task"));
    }

    @Test
    void registerRejectsMalformedPermissions() {
        for (String bad : List.of("nodot", "Upper.case", "app.", ".code", "a-b.c", "app.code.more",
                "app." + "x".repeat(101))) {
            register(bad, "x").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("permission"));
        }
        register("app.code", "").statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void listFiltersByAppLabelAndPagesWithACursor() {
        String app = anApp();
        aPermission(app, "a_one");
        aPermission(app, "b_two");
        aPermission(app, "c_three");
        String next = given().auth().oauth2(Tokens.admin()).when().get("/permissions?app_label=" + app + "&limit=2")
                .then().statusCode(200)
                .body("items.permission", contains(app + ".a_one", app + ".b_two"))
                .extract().path("next_cursor");
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?app_label=" + app + "&limit=2&cursor=" + next)
                .then().statusCode(200)
                .body("items.permission", contains(app + ".c_three"))
                .body("next_cursor", nullValue());
    }

    @Test
    void listRejectsBadLimitCursorAndAppLabel() {
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?limit=201").then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?cursor=%%%").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?app_label=Bad-Label").then().statusCode(400);
    }

    @Test
    void deleteRemovesThePermissionAndEveryGrantOfIt() {
        String perm = aPermission();
        String group = aGroup(perm);
        String id = aUser().create();
        grant(id, perm);
        join(id, group);
        given().auth().oauth2(Tokens.admin()).when().delete("/permissions/" + perm).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().body("permissions", empty());
        given().auth().oauth2(Tokens.admin()).when().get("/groups/" + group).then().body("permissions", empty());
        given().auth().oauth2(Tokens.admin()).when().delete("/permissions/" + perm).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deletingOneOfGatehousesOwnPermissionsIs409() {
        given().auth().oauth2(Tokens.admin()).when().delete("/permissions/auth.view_user").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/permissions?app_label=auth&limit=200").then().body("items.permission", hasItems("auth.view_user"));
    }

    @Test
    void deleteRejectsMalformedPermission() {
        given().auth().oauth2(Tokens.admin()).when().delete("/permissions/NotAPermission").then().statusCode(400);
    }

    @Test
    void checkAnswersAllowedAndListsWhatIsMissing() {
        String app = anApp();
        String held = aPermission(app, "held");
        String id = aUser().create();
        grant(id, held);
        AuthorizerTest.check(id, List.of(held), null).body("allowed", equalTo(true)).body("missing", empty());
        AuthorizerTest.check(id, List.of(held, app + ".other"), null)
                .body("allowed", equalTo(false)).body("missing", contains(app + ".other"));
    }

    @Test
    void checkForUnknownUserIs404() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("user_id", UUID.randomUUID().toString(), "permissions", List.of("auth.view_user")))
                .when().post("/permissions/check")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void checkRejectsBadPermissionsObjectAndEmptyList() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("user_id", id, "permissions", List.of("auth.view_user", "bad")))
                .when().post("/permissions/check")
                .then().statusCode(400).body("errors[0].field", equalTo("permissions[1]"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("user_id", id, "permissions", List.of("auth.view_user"), "object", "no id"))
                .when().post("/permissions/check")
                .then().statusCode(400).body("errors[0].field", equalTo("object"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("user_id", id, "permissions", List.of()))
                .when().post("/permissions/check")
                .then().statusCode(400).body("errors[0].field", equalTo("permissions"));
    }

    private static io.restassured.response.ValidatableResponse register(String perm, String name) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("permission", perm, "name", name))
                .when().post("/permissions").then();
    }
}

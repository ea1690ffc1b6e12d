package dev.gatehouse.permission;

import static dev.gatehouse.testsupport.Callers.as;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nobody hands out more than they hold; flags need auth.change_user, superusers need a superuser. */
@QuarkusTest
class EscalationTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String HASH = "pbkdf2_sha256$1000$seasalt$R1/GfWtwog1T8Ev9VndgDjzkiRzbFr8JpmJtL9cMmQU=";

    @Test
    void userWithOnlyAddUserCannotSetFlagsOnCreateBulkGetOrCreateOrImport() {
        Caller adder = Callers.withPermissions("auth.add_user");
        for (String flag : List.of("is_staff", "is_superuser")) {
            json(adder, aUser().with(flag, true).body()).post("/users").then().statusCode(403)
                    .contentType("application/problem+json").body("errors.field", hasItem(flag));
        }
        json(adder, aUser().with("is_active", false).body()).post("/users").then().statusCode(403);
        json(adder, Map.of("users", List.of(aUser().body(), aUser().with("is_staff", true).body())))
                .post("/users/bulk").then().statusCode(403);
        json(adder, Map.of("email", aUser().email(), "defaults", Map.of("is_staff", true))).post("/users/get-or-create")
                .then().statusCode(403);
        as(adder).contentType(NDJSON).body(djangoLine(aUser().email(), true, false)).post("/users/import")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("Line 1"));
    }

    @Test
    void defaultFlagValuesAreAcceptedFromAUserWithOnlyAddUser() {
        Caller adder = Callers.withPermissions("auth.add_user");
        json(adder, aUser().with("is_active", true).with("is_staff", false).with("is_superuser", false).body())
                .post("/users").then().statusCode(201);
        as(adder).contentType(NDJSON).body(djangoLine(aUser().email(), false, false)).post("/users/import")
                .then().statusCode(200).body("imported", equalTo(1));
    }

    @Test
    void userWithAddAndChangeUserMayCreateStaffButNotSuperusers() {
        Caller manager = Callers.withPermissions("auth.add_user", "auth.change_user");
        json(manager, aUser().with("is_staff", true).body()).post("/users").then().statusCode(201);
        json(manager, aUser().with("is_superuser", true).body()).post("/users").then().statusCode(403)
                .contentType("application/problem+json");
        as(manager).contentType(NDJSON).body(djangoLine(aUser().email(), false, true)).post("/users/import")
                .then().statusCode(403);
        json(Callers.superuser(), aUser().with("is_superuser", true).body()).post("/users").then().statusCode(201);
    }

    @Test
    void userWithChangeUserCannotPromoteOrChangeASuperuser() {
        Caller manager = Callers.withPermissions("auth.change_user");
        String plain = aUser().create();
        String superuser = aUser().with("is_superuser", true).create();
        json(manager, Map.of("is_staff", true)).patch("/users/" + plain).then().statusCode(200);
        json(manager, Map.of("is_superuser", true)).patch("/users/" + plain).then().statusCode(403);
        json(manager, Map.of("email", "taken-over-" + plain + "@example.org")).patch("/users/" + superuser)
                .then().statusCode(403).contentType("application/problem+json");
        json(Callers.superuser(), Map.of("is_superuser", true)).patch("/users/" + plain).then().statusCode(200);
    }

    @Test
    void userWithChangeUserCannotSetOrRemoveASuperusersPassword() {
        Caller manager = Callers.withPermissions("auth.change_user");
        String superuser = aUser().with("is_superuser", true).create();
        String plain = aUser().create();
        Map<String, String> body = Map.of("password", "a brand new passphrase");
        json(manager, body).put("/users/" + superuser + "/password").then().statusCode(403)
                .contentType("application/problem+json");
        as(manager).delete("/users/" + superuser + "/password").then().statusCode(403);
        json(manager, body).put("/users/" + plain + "/password").then().statusCode(204);
        json(Callers.superuser(), body).put("/users/" + superuser + "/password").then().statusCode(204);
    }

    @Test
    void holderOfChangeUserAloneCannotSetThePasswordEmailOrActiveFlagOfAUserHoldingMore() {
        Caller manager = Callers.withPermissions("auth.change_user");
        String direct = aUser().with("password", Callers.PASSWORD).create();
        Fixtures.grant(direct, "auth.delete_user");
        String throughGroup = aUser().create();
        Fixtures.join(throughGroup, Fixtures.aGroup("auth.delete_user"));
        for (String target : List.of(direct, throughGroup)) {
            json(manager, Map.of("password", "a brand new passphrase")).put("/users/" + target + "/password")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("every permission")).body("detail", not(containsString("delete_user")));
            as(manager).delete("/users/" + target + "/password").then().statusCode(403)
                    .contentType("application/problem+json");
            json(manager, Map.of("email", "taken-over-" + UUID.randomUUID() + "@example.org")).patch("/users/" + target)
                    .then().statusCode(403).contentType("application/problem+json");
            json(manager, Map.of("is_active", false)).patch("/users/" + target).then().statusCode(403);
            json(manager, Map.of("first_name", "Renamed")).patch("/users/" + target).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.admin()).get("/users/" + direct).then().body("has_usable_password", equalTo(true))
                .body("is_active", equalTo(true));
    }

    @Test
    void holderOfEveryPermissionOfTheTargetMayChangeItsPasswordEmailAndActiveFlag() {
        Caller manager = Callers.withPermissions("auth.change_user", "auth.delete_user");
        String target = aUser().create();
        Fixtures.join(target, Fixtures.aGroup("auth.delete_user", "auth.change_user"));
        json(manager, Map.of("password", "a brand new passphrase")).put("/users/" + target + "/password")
                .then().statusCode(204);
        json(manager, Map.of("email", "moved-" + UUID.randomUUID() + "@example.org", "is_active", false))
                .patch("/users/" + target).then().statusCode(200);
        as(manager).delete("/users/" + target + "/password").then().statusCode(204);
    }

    @Test
    void deactivatedUserKeepsTheProtectionOfThePermissionsTheyWouldRegainWhenReactivated() {
        Caller manager = Callers.withPermissions("auth.change_user");
        String target = aUser().create();
        Fixtures.grant(target, "auth.delete_user");
        json(Callers.superuser(), Map.of("is_active", false)).patch("/users/" + target).then().statusCode(200);
        json(manager, Map.of("password", "a brand new passphrase")).put("/users/" + target + "/password")
                .then().statusCode(403).contentType("application/problem+json");
        json(manager, Map.of("is_active", true)).patch("/users/" + target).then().statusCode(403);
    }

    @Test
    void clearingTheLockoutOfAUserHoldingMoreIsRefused() {
        Caller manager = Callers.withPermissions("auth.change_user");
        String powerful = aUser().create();
        Fixtures.grant(powerful, "auth.delete_user");
        as(manager).delete("/users/" + powerful + "/lockout").then().statusCode(403)
                .contentType("application/problem+json");
        as(manager).delete("/users/" + aUser().create() + "/lockout").then().statusCode(204);
        as(Callers.superuser()).delete("/users/" + powerful + "/lockout").then().statusCode(204);
    }

    @Test
    void importUpdateCannotOverwriteAUserHoldingPermissionsTheCallerLacks() {
        Caller manager = Callers.withPermissions("auth.add_user", "auth.change_user");
        var target = aUser();
        String id = target.create();
        Fixtures.grant(id, "auth.delete_user");
        as(manager).contentType(NDJSON).body(djangoLine(target.email(), false, false))
                .queryParam("on_conflict", "update").post("/users/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[1].email"))
                .body("errors.message", hasItem(containsString("every permission")));
        given().auth().oauth2(Tokens.admin()).get("/users/" + id).then().body("has_usable_password", equalTo(false));
        Fixtures.grant(manager.id(), "auth.delete_user");
        as(manager).contentType(NDJSON).body(djangoLine(target.email(), false, false))
                .queryParam("on_conflict", "update").post("/users/import").then().statusCode(200)
                .body("updated", equalTo(1));
    }

    @Test
    void userWithDeleteUserCannotDeleteASuperuser() {
        Caller deleter = Callers.withPermissions("auth.delete_user");
        String superuser = aUser().with("is_superuser", true).create();
        String plain = aUser().create();
        as(deleter).delete("/users/" + superuser).then().statusCode(403).contentType("application/problem+json");
        as(deleter).delete("/users/" + plain).then().statusCode(204);
        as(Callers.superuser()).delete("/users/" + superuser).then().statusCode(204);
    }

    @Test
    void grantingAPermissionTheCallerLacksIsForSuperusersOnly() {
        Caller manager = Callers.withPermissions("auth.change_user", "auth.view_user");
        String target = aUser().create();
        as(manager).put("/users/" + target + "/permissions/auth.view_user").then().statusCode(204);
        as(manager).put("/users/" + target + "/permissions/auth.delete_user").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("auth.delete_user"));
        as(Callers.superuser()).put("/users/" + target + "/permissions/auth.delete_user").then().statusCode(204);
    }

    @Test
    void addingAUserToAGroupWithPermissionsTheCallerLacksIsForSuperusersOnly() {
        Caller manager = Callers.withPermissions("auth.change_user", "auth.view_user");
        String target = aUser().create();
        as(manager).put("/users/" + target + "/groups/" + Fixtures.aGroup("auth.view_user")).then().statusCode(204);
        String powerful = Fixtures.aGroup("auth.view_user", "auth.delete_user");
        as(manager).put("/users/" + target + "/groups/" + powerful).then().statusCode(403)
                .contentType("application/problem+json");
        as(manager).put("/users/" + manager.id() + "/groups/" + powerful).then().statusCode(403);
        as(Callers.superuser()).put("/users/" + target + "/groups/" + powerful).then().statusCode(204);
    }

    @Test
    void puttingPermissionsTheCallerLacksIntoAGroupIsForSuperusersOnly() {
        Caller editor = Callers.withPermissions("auth.add_group", "auth.change_group", "auth.view_user");
        json(editor, Map.of("name", "g-" + System.nanoTime(), "permissions", List.of("auth.view_user")))
                .post("/groups").then().statusCode(201);
        json(editor, Map.of("name", "g-" + System.nanoTime(), "permissions", List.of("auth.delete_user")))
                .post("/groups").then().statusCode(403).contentType("application/problem+json");
        String group = Fixtures.aGroup();
        json(editor, Map.of("permissions", List.of("auth.delete_user"))).patch("/groups/" + group)
                .then().statusCode(403);
    }

    @Test
    void importingGroupsWithPermissionsTheCallerLacksIsRefused() {
        Caller adder = Callers.withPermissions("auth.add_user");
        String powerful = Fixtures.aGroup("auth.delete_user");
        as(adder).contentType(NDJSON).body(djangoLine(aUser().email(), false, false, powerful)).post("/users/import")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void importWithOnConflictUpdateNeedsChangeUser() {
        Caller adder = Callers.withPermissions("auth.add_user");
        as(adder).contentType(NDJSON).body(djangoLine(aUser().email(), false, false)).queryParam("on_conflict", "update")
                .post("/users/import").then().statusCode(403).body("detail", containsString("auth.change_user"));
    }

    @Test
    void importUpdateCannotOverwriteASuperuserUnlessTheCallerIsOne() {
        Caller manager = Callers.withPermissions("auth.add_user", "auth.change_user");
        var target = aUser().with("is_superuser", true);
        String id = target.create();
        as(manager).contentType(NDJSON).body(djangoLine(target.email(), false, false))
                .queryParam("on_conflict", "update").post("/users/import")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).get("/users/" + id).then().body("is_superuser", equalTo(true));
        as(Callers.superuser()).contentType(NDJSON).body(djangoLine(target.email(), false, true))
                .queryParam("on_conflict", "update").post("/users/import").then().statusCode(200);
    }

    @Test
    void deactivatedSuperuserIsRefusedAtOnceWithTheTokenTheyHold() {
        Caller admin = Callers.superuser();
        as(admin).get("/users?limit=1").then().statusCode(200);
        json(Callers.superuser(), Map.of("is_active", false)).patch("/users/" + admin.id()).then().statusCode(200);
        as(admin).get("/users?limit=1").then().statusCode(403).contentType("application/problem+json");
        as(admin).get("/groups?limit=1").then().statusCode(403);
    }

    @Test
    void serviceClientWithoutGrantsIsRefusedThenAllowedOnceItsAccountHoldsViewUser() {
        Caller client = Callers.clientWith();
        as(client).get("/users?limit=1").then().statusCode(403).contentType("application/problem+json");
        Callers.grant(client.id(), "auth.view_user");
        as(client).get("/users?limit=1").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anonymousCallersGet401ProblemOnPermissionsAndGroups() {
        for (String path : List.of("/permissions", "/groups", "/groups/editors")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("user_id", UUID.randomUUID(), "permissions", List.of("a.b")))
                .post("/permissions/check").then().statusCode(401).contentType("application/problem+json");
        given().delete("/permissions/auth.view_user").then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).get("/groups?limit=1").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification json(Caller caller, Object body) {
        return as(caller).contentType(ContentType.JSON).body(body);
    }

    /** One Django export line as bytes: rest-assured cannot encode a String as application/x-ndjson. */
    private static byte[] djangoLine(String email, boolean staff, boolean superuser, String... groups) {
        String groupList = String.join(",", java.util.Arrays.stream(groups).map(g -> "\"" + g + "\"").toList());
        return ("{\"email\":\"" + email + "\",\"password\":\"" + HASH + "\",\"is_active\":true,\"is_staff\":"
                + staff + ",\"is_superuser\":" + superuser + ",\"groups\":[" + groupList + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

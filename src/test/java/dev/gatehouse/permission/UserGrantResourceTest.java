package dev.gatehouse.permission;

import static dev.gatehouse.permission.Fixtures.aGroup;
import static dev.gatehouse.permission.Fixtures.aPermission;
import static dev.gatehouse.permission.Fixtures.anApp;
import static dev.gatehouse.permission.Fixtures.grant;
import static dev.gatehouse.permission.Fixtures.join;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserGrantResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void grantingAPermissionIsIdempotentAndRevokingIsToo() {
        String perm = aPermission();
        String id = aUser().create();
        grant(id, perm);
        grant(id, perm);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=user").then().body("permissions", contains(perm));
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/permissions/" + perm).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/permissions/" + perm).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().body("permissions", empty());
    }

    @Test
    void joiningAGroupIsIdempotentAndLeavingRemovesItsPermissions() {
        String perm = aPermission();
        String group = aGroup(perm);
        String id = aUser().create();
        join(id, group);
        join(id, group);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=group").then().body("permissions", contains(perm));
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/groups/" + group).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/groups/" + group).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=group").then().body("permissions", empty());
    }

    @Test
    void unknownUserPermissionOrGroupIs404Problem() {
        String id = aUser().create();
        String unknownUser = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + unknownUser + "/permissions/auth.view_user").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + id + "/permissions/" + anApp() + ".nope").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id + "/permissions/" + anApp() + ".nope").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + id + "/groups/no-such-group-" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + unknownUser + "/groups/" + aGroup()).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + unknownUser + "/permissions").then().statusCode(404);
    }

    @Test
    void malformedUserIdPermissionOrSourceIs400() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).when().put("/users/not-a-uuid/permissions/auth.view_user").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + id + "/permissions/NOT-A-PERM").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=everything").then().statusCode(400)
                .body("errors[0].field", equalTo("source"));
    }

    @Test
    void deletingAUserLeavesNoOrphanGrants() throws SQLException {
        String id = aUser().create();
        grant(id, aPermission());
        join(id, aGroup());
        given().auth().oauth2(Tokens.admin()).when().delete("/users/" + id).then().statusCode(204);
        assertEquals(0, count("select count(*) from user_permissions where user_id = ?", id));
        assertEquals(0, count("select count(*) from user_groups where user_id = ?", id));
    }

    @Test
    void usersFilteredByPermissionFollowWithPermRules() {
        String perm = aPermission();
        String direct = aUser().create();
        String viaGroup = aUser().create();
        join(viaGroup, aGroup(perm));
        String inactive = aUser().with("is_active", false).create();
        grant(inactive, perm);
        grant(direct, perm);
        aUser().create();
        given().auth().oauth2(Tokens.admin()).when().get("/users?permission=" + perm + "&include_superusers=false&limit=200")
                .then().statusCode(200).body("items.id", containsInAnyOrder(direct, viaGroup));
        String superuser = aUser().with("is_superuser", true).create();
        given().auth().oauth2(Tokens.admin()).when().get("/users?permission=" + perm + "&limit=200")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems(direct, viaGroup, superuser))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(inactive)));
        given().auth().oauth2(Tokens.admin()).when().get("/users?permission=Bad").then().statusCode(400);
    }

    @Test
    void usersFilteredByGroupAreItsMembersPaginated() {
        String group = aGroup();
        String first = aUser().create();
        String second = aUser().create();
        aUser().create();
        join(first, group);
        join(second, group);
        String next = given().auth().oauth2(Tokens.admin()).when().get("/users?group=" + group + "&limit=1")
                .then().statusCode(200).body("items.id", contains(first)).extract().path("next_cursor");
        given().auth().oauth2(Tokens.admin()).when().get("/users?group=" + group + "&limit=1&cursor=" + next)
                .then().body("items.id", contains(second));
    }

    private long count(String sql, String userId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(userId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

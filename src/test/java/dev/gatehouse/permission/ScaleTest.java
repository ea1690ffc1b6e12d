package dev.gatehouse.permission;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's users report group listings taking a minute at 10,000 groups and token issuance taking seconds
 * with many roles. Here, with 10,000 groups and 20,000 permissions, and a user in 500 groups that together
 * grant all 20,000, every answer is a page or a fixed number of SQL statements.
 */
@QuarkusTest
class ScaleTest {

    private static final int GROUPS = 10_000;
    private static final int PERMISSIONS = 20_000;
    private static final int MEMBERSHIPS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory emf;

    @Inject
    Authorizer authorizer;

    @Inject
    GroupService groups;

    private String app;
    private UUID userId;
    private String email;
    private Statistics stats;

    @BeforeEach
    void seed() throws SQLException {
        app = Fixtures.anApp();
        var user = aUser().with("password", Callers.PASSWORD);
        userId = UUID.fromString(user.create());
        email = user.email();
        try (Connection c = dataSource.getConnection()) {
            run(c, "insert into auth_permission (app_label, codename, name)"
                    + " select ?, 'perm_' || lpad(i::text, 5, '0'), 'Can ' || i from generate_series(1, " + PERMISSIONS + ") i", app);
            run(c, "insert into auth_group (name) select ? || '-group-' || lpad(i::text, 5, '0')"
                    + " from generate_series(1, " + GROUPS + ") i", app);
            // the user's 500 groups each hold 40 permissions, so together they grant all 20,000
            run(c, """
                    insert into auth_group_permissions (group_id, permission_id)
                    select g.id, p.id
                    from (select id, row_number() over (order by name) rn from auth_group where name like ? || '-group-%') g
                    join (select id, row_number() over (order by codename) rn from auth_permission where app_label = ?) p
                      on p.rn % 500 = g.rn % 500
                    where g.rn <= 500""", app, app);
            run(c, "insert into user_groups (user_id, group_id) select cast(? as uuid), id from auth_group"
                    + " where name like ? || '-group-%' order by name limit " + MEMBERSHIPS, userId.toString(), app);
        }
        stats = emf.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void listingGroupsReturnsOnePageInOneStatementAfterThePermissionCheck() {
        stats.clear();
        given().auth().oauth2(Tokens.admin()).when().get("/groups?limit=100")
                .then().statusCode(200).body("items", hasSize(100)).body("next_cursor", notNullValue());
        // one statement for the caller's permission check (PermissionGuard), one for the page
        assertEquals(2, stats.getPrepareStatementCount(), "a page of groups must be one SQL statement");
    }

    @Test
    void aPermissionCheckForAUserIn500GroupsIsOneStatementAfterTheCallersOwnCheck() {
        stats.clear();
        AuthorizerTest.check(userId.toString(), List.of(app + ".perm_00001", app + ".perm_20000"), null)
                .body("allowed", equalTo(true));
        // one statement for the caller's own permission check (PermissionGuard), one for the answer
        assertEquals(2, stats.getPrepareStatementCount(), "the check must be one SQL statement however many groups");
        assertEquals(PERMISSIONS, authorizer.permissions(userId, PermissionSource.GROUP).orElseThrow().permissions().size());
    }

    @Test
    void groupNamesForTokenClaimsIsOneBoundedStatement() {
        stats.clear();
        List<String> names = groups.groupNames(userId, 50);
        assertEquals(1, stats.getPrepareStatementCount(), "groupNames must be one SQL statement");
        assertEquals(50, names.size());
        assertTrue(names.get(0).startsWith(app + "-group-00001"));
    }

    @Test
    void tokenForAUserIn500GroupsIsUnder8KiBCappedAndAsCheapAsForAUserInNone() throws Exception {
        var loner = aUser().with("password", Callers.PASSWORD);
        loner.create();
        stats.clear();
        Tokens.passwordGrant(loner.email(), Callers.PASSWORD);
        long withoutGroups = stats.getPrepareStatementCount();
        stats.clear();
        String token = Tokens.passwordGrant(email, Callers.PASSWORD).path("access_token");
        long with500Groups = stats.getPrepareStatementCount();
        assertEquals(withoutGroups, with500Groups, "issuing a token must not cost more SQL for more groups");
        // the throttle counts the attempt before the hash and settles it after (two upserts, then two updates),
        // and the user is read and its last_login written in two short transactions around the hash
        assertTrue(with500Groups <= 12, "token issuance took " + with500Groups + " statements");
        assertTrue(token.length() < 8 * 1024, "token is " + token.length() + " bytes");
        var claims = TokenGroupsTest.payload(token);
        assertEquals(50, claims.get("groups").size());
        assertEquals(app + "-group-00001", claims.get("groups").get(0).asText());
        assertEquals(true, claims.get("groups_truncated").asBoolean());
    }

    private static void run(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.execute();
        }
    }
}

package dev.gatehouse.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * V11 renames groups named like a token role. Flyway ran it on an empty database at boot, so this test puts such
 * groups in (straight into the table, as an older Gatehouse allowed) and runs the script again: it only touches
 * reserved names, so running it twice is safe.
 */
@QuarkusTest
class RoleNamedGroupsMigrationTest {

    private static final String SCRIPT = "/db/migration/V11__rename_groups_named_like_roles.sql";

    @Inject
    DataSource dataSource;

    @Test
    void groupsNamedLikeARoleGetTheFirstFreeSafeNameAndKeepTheirIdAndMembers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = dataSource.getConnection()) {
            long superuser = insertGroup(db, "superuser");
            long taken = insertGroup(db, "superuser-group");
            long staff = insertGroup(db, "STAFF");
            long wide = insertGroup(db, "\uff53\uff54\uff41\uff46\uff46");
            long safe = insertGroup(db, "superusers-" + tag);
            runScript(db);
            Map<Long, String> expected = new LinkedHashMap<>();
            expected.put(superuser, "superuser-group-2");
            expected.put(taken, "superuser-group");
            expected.put(staff, "STAFF-group");
            expected.put(wide, "\uff53\uff54\uff41\uff46\uff46-group");
            expected.put(safe, "superusers-" + tag);
            for (Map.Entry<Long, String> group : expected.entrySet()) {
                assertEquals(group.getValue(), nameOf(db, group.getKey()));
            }
        }
    }

    private static long insertGroup(Connection db, String name) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into auth_group (name) values (?) returning id")) {
            insert.setString(1, name);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static String nameOf(Connection db, long id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select name from auth_group where id = ?")) {
            select.setLong(1, id);
            try (ResultSet name = select.executeQuery()) {
                name.next();
                return name.getString(1);
            }
        }
    }

    private static void runScript(Connection db) throws IOException, SQLException {
        try (InputStream in = RoleNamedGroupsMigrationTest.class.getResourceAsStream(SCRIPT);
                Statement statement = db.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

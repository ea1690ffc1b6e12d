package dev.gatehouse.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each test run its own empty PostgreSQL database on the local server (no Docker here, so no
 * Dev Services), and drops it afterwards. Flyway then migrates it at start, as in production.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getenv().getOrDefault("GATEHOUSE_TEST_PG", "127.0.0.1:5432");
    static final String USER = System.getenv().getOrDefault("GATEHOUSE_TEST_PG_USER", "postgres");

    private String name;

    @Override
    public Map<String, String> start() {
        name = "gatehouse_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + SERVER + "/" + name + "?currentSchema=gatehouse",
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + SERVER + ": " + e.getMessage(), e);
        }
    }
}

package dev.gatehouse.web;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cuts the service off from its own database on the real PostgreSQL (the run's database refuses
 * connections and its sessions are terminated; the shared server and other databases keep running),
 * then restores it: readiness goes DOWN, requests answer 503 problem+json, and the service recovers
 * by itself with every committed write intact.
 */
@QuarkusTest
class DatabaseOutageTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @AfterEach
    void restore() throws SQLException {
        admin("ALTER DATABASE " + database() + " WITH ALLOW_CONNECTIONS true");
    }

    @Test
    void outageAnswers503AndTheServiceRecoversWithoutRestart() throws SQLException {
        String token = Tokens.admin();
        String id = aUser().with("first_name", "Durable").create();

        admin("ALTER DATABASE " + database() + " WITH ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database() + "'");

        given().when().get(Management.url("/q/health/ready")).then().statusCode(503).body("status", equalTo("DOWN"));
        given().auth().oauth2(token).when().get("/users/" + id)
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));

        restore();

        given().when().get(Management.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(token).when().get("/users/" + id)
                .then().statusCode(200).body("first_name", equalTo("Durable"));
    }

    private String database() {
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private void admin(String sql) throws SQLException {
        String server = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

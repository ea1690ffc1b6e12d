package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.Logins.attempt;
import static dev.gatehouse.testsupport.Logins.failures;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Captures every log record, DEBUG included for Gatehouse and the JWT and security libraries, during
 * the flows that handle secrets, and looks for the secrets in it.
 */
@QuarkusTest
class SecretsNotLoggedTest {

    static final String PASSWORD = "correct horse battery staple";
    static final String WRONG_PASSWORD = "Tr0ub4dor&3-wrong";
    static final List<String> VERBOSE = List.of("dev.gatehouse", "io.smallrye.jwt", "io.quarkus.smallrye.jwt",
            "io.quarkus.security", "io.quarkus.oidc");

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Level> levels = new HashMap<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(record.getLoggerName() + " " + message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureEverything() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        VERBOSE.forEach(name -> {
            levels.put(name, Logger.getLogger(name).getLevel());
            Logger.getLogger(name).setLevel(Level.FINEST);
        });
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        levels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
    }

    @Test
    void noPasswordTokenOrClientSecretAppearsInTheLog() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        var grant = Tokens.passwordGrant(user.email(), PASSWORD);
        failures(user.email(), 30);
        attempt(user.email(), WRONG_PASSWORD).statusCode(429);
        var refreshed = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", grant.<String>path("refresh_token")).post("/auth/token")
                .then().statusCode(200).extract();
        var client = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "billing"))
                .post("/clients").then().statusCode(201).extract();
        var clientGrant = given().auth().preemptive().basic(client.path("client_id"), client.path("client_secret"))
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .post("/auth/token").then().statusCode(200).extract();
        given().auth().oauth2("eyJhbGciOiJub25lIn0." + grant.<String>path("access_token").split("\\.")[1] + ".")
                .get("/users/me").then().statusCode(401);

        String log = String.join("\n", lines);
        assertTrue(log.contains("Login locked"), "the capture saw Gatehouse's own lines:\n" + log);
        for (String secret : List.of(PASSWORD, WRONG_PASSWORD, "wrong password 0", grant.path("access_token"),
                grant.path("refresh_token"), refreshed.path("access_token"), refreshed.path("refresh_token"),
                client.path("client_secret"), clientGrant.path("access_token"),
                grant.<String>path("access_token").split("\\.")[1])) {
            assertFalse(log.contains(secret), "the log shows a secret:\n" + log);
        }
    }
}

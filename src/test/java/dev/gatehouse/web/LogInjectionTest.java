package dev.gatehouse.web;

import static dev.gatehouse.testsupport.Logins.attempt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.backend.BrokenTestBackend;
import dev.gatehouse.testsupport.LogCapture;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login identifier carrying CR/LF and a fake log line: the identifier reaches a log line (the test
 * backend fails for its domain and the chain logs that), and no line of the log starts with the forgery.
 * The capture handler is added after Quarkus' console handler, so it sees each record as the console did.
 */
@QuarkusTest
class LogInjectionTest {

    static final String FORGED = "21:00:00 INFO  [de.ga.au.TokenService] (executor-thread-1) Login succeeded for admin";

    private LogCapture log;

    @BeforeEach
    void captureTheLog() {
        log = LogCapture.of("");
    }

    @AfterEach
    void stopCapturing() {
        log.close();
        // a login the broken test backend answers normally clears its failure, so readiness is UP again
        Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD);
    }

    @Test
    void anIdentifierWithCrLfAndAFakeLogLineForgesNoLogLine() {
        String identifier = "victim\r\n" + FORGED + "\n" + FORGED + BrokenTestBackend.DOMAIN;
        attempt(identifier, "any password").statusCode(400);

        String written = String.join("\n", log.messages());
        assertTrue(written.contains("victim\\r\\n" + FORGED), "the identifier was logged, escaped:\n" + written);
        for (String line : written.split("\r\n|\r|\n|\u0085|\u2028|\u2029")) {
            assertFalse(line.startsWith(FORGED), "a forged log line:\n" + written);
        }
    }
}

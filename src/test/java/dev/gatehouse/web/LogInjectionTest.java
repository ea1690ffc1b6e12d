package dev.gatehouse.web;

import static dev.gatehouse.testsupport.Logins.attempt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.backend.BrokenTestBackend;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
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

    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        // a login the broken test backend answers normally clears its failure, so readiness is UP again
        Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD);
    }

    @Test
    void anIdentifierWithCrLfAndAFakeLogLineForgesNoLogLine() {
        String identifier = "victim\r\n" + FORGED + "\n" + FORGED + BrokenTestBackend.DOMAIN;
        attempt(identifier, "any password").statusCode(400);

        String log = String.join("\n", messages);
        assertTrue(log.contains("victim\\r\\n" + FORGED), "the identifier was logged, escaped:\n" + log);
        for (String line : log.split("\r\n|\r|\n|\u0085|\u2028|\u2029")) {
            assertFalse(line.startsWith(FORGED), "a forged log line:\n" + log);
        }
    }
}

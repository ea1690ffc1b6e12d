package dev.gatehouse.testsupport;

import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.session.StartedSession;
import dev.gatehouse.user.User;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Login sessions for tests, started through {@link LoginSessions#start} as the hosted login page does, so API
 * and lifecycle tests need no browser flow. {@code Sessions.startFor(userId).secret()} is the cookie's value.
 */
public final class Sessions {

    private Sessions() {}

    public static StartedSession startFor(String userId) {
        User user = new User();
        user.id = UUID.fromString(userId);
        return loginSessions().start(user, "database", List.of("pwd"), "TestBrowser/1.0", "192.0.2.7");
    }

    /** The stored row, read in a transaction of its own; null once deleted. */
    public static LoginSession row(UUID sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>findById(sessionId));
    }

    /**
     * Moves the session's last use back by {@code idle}, so it is idle without moving the clock every test
     * shares.
     */
    public static void idleFor(UUID sessionId, Duration idle) {
        QuarkusTransaction.requiringNew().run(() -> {
            LoginSession session = LoginSession.findById(sessionId);
            session.lastSeenAt = session.lastSeenAt.minus(idle);
        });
    }

    /** How many rows, ended or not, the user has: a deletion must leave none. */
    public static long rowsOf(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("userId", UUID.fromString(userId)));
    }

    private static LoginSessions loginSessions() {
        return Arc.container().instance(LoginSessions.class).get();
    }
}

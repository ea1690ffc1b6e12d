package dev.gatehouse.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A login session as the sessions API shows it: when and how it began, when it ends (at the earlier of
 * {@code expires_at}, the absolute end, and {@code idle_expires_at}, the last use plus the idle timeout), where from, and whether it is the session of the browser making the request.
 * Never the cookie secret or its hash.
 */
public record SessionView(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime lastSeenAt,
        OffsetDateTime expiresAt,
        OffsetDateTime idleExpiresAt,
        OffsetDateTime authTime,
        List<String> amr,
        String authBackend,
        String userAgent,
        String clientAddress,
        boolean current) {

    static SessionView of(LoginSession s, Duration idleTimeout, boolean current) {
        return new SessionView(s.id, s.createdAt, s.lastSeenAt, s.expiresAt, s.lastSeenAt.plus(idleTimeout), s.authTime,
                s.amr.isBlank() ? List.of() : Arrays.asList(s.amr.split(" ")), s.authBackend, s.userAgent,
                s.clientAddress, current);
    }
}

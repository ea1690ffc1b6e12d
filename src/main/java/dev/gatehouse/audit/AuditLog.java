package dev.gatehouse.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an event commits or rolls
 * back with the change it describes. Callers pass ids and reasons, never credentials.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final Clock clock;
    private final AuditConfig config;
    private final JsonWebToken caller;
    private final AtomicLong recorded = new AtomicLong();

    AuditLog(Clock clock, AuditConfig config, JsonWebToken caller) {
        this.clock = clock;
        this.config = config;
        this.caller = caller;
    }

    /** Records an event about {@code userId} (may be null) done by the current caller, if any. */
    @Transactional
    public void record(String type, UUID userId, Map<String, ?> detail) {
        record(type, userId, null, detail);
    }

    /** As {@link #record(String, UUID, Map)}, with the client address of an anonymous request such as a login. */
    @Transactional
    public void record(String type, UUID userId, String clientIp, Map<String, ?> detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now(clock);
        event.type = type;
        event.userId = userId;
        event.actorId = actor();
        event.clientIp = clientIp;
        event.detail = withoutNulls(detail);
        event.persist();
        if (recorded.incrementAndGet() % config.purgeEvery() == 0) {
            purge();
        }
    }

    /** Deletes events past the retention period; returns how many. */
    @Transactional
    public long purge() {
        long deleted = AuditEvent.delete("occurredAt < ?1", OffsetDateTime.now(clock).minus(config.retention()));
        LOG.debugf("Purged %d audit events older than %s", deleted, config.retention());
        return deleted;
    }

    private static Map<String, Object> withoutNulls(Map<String, ?> detail) {
        Map<String, Object> clean = new LinkedHashMap<>();
        detail.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value);
            }
        });
        return clean;
    }

    /** The verified caller's user id; null outside a request or for an anonymous one. */
    private UUID actor() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            String subject = caller.getSubject();
            return subject == null ? null : UUID.fromString(subject);
        } catch (RuntimeException e) {
            // an unverifiable bearer on a public endpoint (a login) is no actor, and must not fail the audit
            return null;
        }
    }
}

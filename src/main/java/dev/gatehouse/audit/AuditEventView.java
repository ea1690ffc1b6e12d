package dev.gatehouse.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** An audit event as {@code GET /audit-events} shows it. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String type, UUID userId, UUID actorId,
        String clientIp, Map<String, Object> detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.type, e.userId, e.actorId, e.clientIp,
                e.detail == null ? Map.of() : e.detail);
    }
}

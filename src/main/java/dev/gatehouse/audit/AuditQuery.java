package dev.gatehouse.audit;

import dev.gatehouse.web.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Reads the audit trail newest first, in keyset pages (the cursor is the last id of the previous page). */
@ApplicationScoped
public class AuditQuery {

    private final AuditConfig config;

    AuditQuery(AuditConfig config) {
        this.config = config;
    }

    @Transactional
    public AuditPage list(AuditFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > config.pageMax()) {
            throw ProblemException.invalid("limit", "must be between 1 and " + config.pageMax());
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        and(where, params, "userId = :user", "user", filter.userId());
        and(where, params, "type = :type", "type", filter.type());
        and(where, params, "occurredAt >= :since", "since", filter.since());
        and(where, params, "occurredAt < :until", "until", filter.until());
        and(where, params, "id < :before", "before", cursor == null ? null : decode(cursor));
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where + " order by id desc", params)
                .range(0, limit).list();
        String next = rows.size() > limit ? encode(rows.get(limit - 1).id) : null;
        return new AuditPage(rows.stream().limit(limit).map(AuditEventView::of).toList(), next);
    }

    private static void and(StringBuilder where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.and(name, value);
        }
    }

    private static String encode(long lastId) {
        byte[] key = Long.toString(lastId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private static long decode(String cursor) {
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}

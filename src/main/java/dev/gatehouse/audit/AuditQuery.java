package dev.gatehouse.audit;

import dev.gatehouse.web.Cursor;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
        Cursor.checkLimit(limit, config.pageMax());
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        and(where, params, "userId = :user", "user", filter.userId());
        and(where, params, "type = :type", "type", filter.type());
        and(where, params, "occurredAt >= :since", "since", filter.since());
        and(where, params, "occurredAt < :until", "until", filter.until());
        and(where, params, "id < :before", "before", Cursor.decode(cursor, Long::valueOf));
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where + " order by id desc", params)
                .range(0, limit).list();
        String next = Cursor.next(rows, limit, e -> e.id);
        return new AuditPage(rows.stream().limit(limit).map(AuditEventView::of).toList(), next);
    }

    private static void and(StringBuilder where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.and(name, value);
        }
    }
}

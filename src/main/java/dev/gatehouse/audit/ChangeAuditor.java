package dev.gatehouse.audit;

import dev.gatehouse.permission.GrantChanged;
import dev.gatehouse.user.UserChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;

/**
 * Audits user and grant changes from the events their packages fire, so those packages need not know
 * about auditing. The observers are synchronous: the event is written in the transaction of the change.
 */
@ApplicationScoped
class ChangeAuditor {

    private final AuditLog log;

    ChangeAuditor(AuditLog log) {
        this.log = log;
    }

    /** {@code user.created}, {@code user.updated} (with the changed field names), {@code user.password_changed}, ... */
    void onUserChanged(@Observes UserChanged event) {
        Map<String, Object> detail = event.fields().isEmpty() ? Map.of() : Map.of("fields", event.fields());
        log.record("user." + lower(event.change()), event.userId(), detail);
    }

    /** {@code grant.permission_granted}, {@code grant.group_joined}, ... with the permission or group name. */
    void onGrantChanged(@Observes GrantChanged event) {
        log.record("grant." + lower(event.kind()), event.userId(), Map.of("name", event.name()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

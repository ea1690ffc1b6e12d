package dev.gatehouse.auth.throttle;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** An administrator lifts a user's lockout (a locked-out person proved who they are some other way). */
@ApplicationScoped
public class Lockouts {

    private final ThrottleCounters counters;
    private final AuditLog audit;

    Lockouts(ThrottleCounters counters, AuditLog audit) {
        this.counters = counters;
        this.audit = audit;
    }

    /**
     * Forgets the failures of every identifier of the user (client-address counters stay: they
     * protect all accounts). False when there is no such user.
     */
    @Transactional
    public boolean unlock(UUID userId) {
        return User.<User>findByIdOptional(userId).map(user -> {
            counters.clear(ThrottleKey.accountKeys(user, null));
            audit.record(AuditType.LOCKOUT_CLEARED, userId, Map.of());
            return true;
        }).orElse(false);
    }
}

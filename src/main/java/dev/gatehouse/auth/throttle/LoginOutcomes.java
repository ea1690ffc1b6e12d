package dev.gatehouse.auth.throttle;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Counts and audits the outcome of a login, each in one transaction with its audit event. */
@ApplicationScoped
class LoginOutcomes {

    private static final Logger LOG = Logger.getLogger(LoginOutcomes.class);

    private final ThrottleCounters counters;
    private final AuditLog audit;
    private final UserLookup users;
    private final ThrottleConfig config;
    private final Policy account;
    private final Policy ip;

    LoginOutcomes(ThrottleCounters counters, AuditLog audit, UserLookup users, ThrottleConfig config) {
        this.counters = counters;
        this.audit = audit;
        this.users = users;
        this.config = config;
        this.account = Policy.account(config);
        this.ip = Policy.ip(config);
    }

    /** Resets the account's counters (every identifier of the user) and audits the login. */
    @Transactional
    void succeeded(Credentials credentials, Authenticated login, String clientId) {
        counters.clear(ThrottleKey.accountKeys(login.user(), credentials.identifier()));
        audit.record(AuditType.LOGIN_SUCCEEDED, login.user().id, credentials.clientIp(),
                detail("backend", login.backend(), "client_id", clientId));
    }

    /**
     * Audits the failure (with the user id when the identifier names a user, and never the identifier
     * itself otherwise: it may be a password typed in the wrong field) and counts it.
     */
    @Transactional
    void failed(Credentials credentials, String clientId) {
        UUID userId = userId(credentials.identifier()).orElse(null);
        LOG.debugf("Login failed for user %s from %s", userId, credentials.clientIp());
        audit.record(AuditType.LOGIN_FAILED, userId, credentials.clientIp(),
                detail("reason", "invalid_credentials", "client_id", clientId));
        if (!config.enabled()) {
            return;
        }
        count(account, ThrottleKey.account(credentials.identifier()), userId, credentials.clientIp());
        if (credentials.clientIp() != null) {
            count(ip, ThrottleKey.ip(credentials.clientIp()), null, credentials.clientIp());
        }
        counters.purgeOccasionally(max(account.failureReset(), ip.failureReset()));
    }

    private void count(Policy policy, byte[] key, UUID userId, String clientIp) {
        int failures = counters.fail(key, policy.failureReset());
        Duration lock = policy.lockout(failures);
        if (!lock.isZero()) {
            // ids and addresses only: the identifier may be a password typed into the wrong field
            LOG.infof("Login locked for %d s after %d failures (%s; user %s, address %s)", lock.toSeconds(), failures,
                    policy.scope(), userId, clientIp);
            audit.record(AuditType.LOCKOUT_STARTED, userId, clientIp, Map.of("scope", policy.scope(),
                    "failures", failures, "wait_seconds", lock.toSeconds()));
        }
    }

    private Optional<UUID> userId(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold NUL, so no user has it; the query would fail the whole answer
            return Optional.empty();
        }
        Optional<User> user = identifier.contains("@") ? users.findByEmail(identifier)
                : User.<User>find("lower(username) = lower(?1)", identifier).firstResultOptional();
        return user.map(u -> u.id);
    }

    private static Map<String, Object> detail(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> detail = new HashMap<>();
        detail.put(k1, v1);
        detail.put(k2, v2);
        return detail;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

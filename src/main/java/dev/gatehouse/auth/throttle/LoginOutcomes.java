package dev.gatehouse.auth.throttle;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Counts a password attempt before its check and settles it after, each step in a transaction of its own
 * with its audit events. Own transactions ({@code REQUIRES_NEW}): a count must commit before the slow
 * hash starts, and must stay when the caller's transaction (a refused password change) rolls back.
 */
@ApplicationScoped
class LoginOutcomes {

    private static final Logger LOG = Logger.getLogger(LoginOutcomes.class);

    private final ThrottleCounters counters;
    private final AuditLog audit;
    private final ThrottleConfig config;
    private final Policy account;
    private final Policy ip;

    LoginOutcomes(ThrottleCounters counters, AuditLog audit, ThrottleConfig config) {
        this.counters = counters;
        this.audit = audit;
        this.config = config;
        this.account = Policy.account(config);
        this.ip = Policy.ip(config);
    }

    /**
     * Counts the attempt as a failure of the account and of the client address, before any password is
     * checked, so concurrent attempts see each other's counts.
     *
     * @throws Refused when the account or the address is locked; the rollback then counts neither
     */
    @Transactional(TxType.REQUIRES_NEW)
    Attempt begin(String identifier, String clientIp) {
        if (!config.enabled()) {
            return new Attempt(identifier, clientIp, 0, 0);
        }
        int accountFailures = counters.attempt(ThrottleKey.account(identifier), account).orElseThrow(Refused::new);
        int ipFailures = clientIp == null ? 0
                : counters.attempt(ThrottleKey.ip(clientIp), ip).orElseThrow(Refused::new);
        return new Attempt(identifier, clientIp, accountFailures, ipFailures);
    }

    /** Resets the account's counters (every identifier of the user), takes back the address's count, audits the login. */
    @Transactional(TxType.REQUIRES_NEW)
    void succeeded(Attempt attempt, Authenticated login, String clientId) {
        settleSuccess(attempt, login.user());
        audit.record(AuditType.LOGIN_SUCCEEDED, login.user().id, attempt.clientIp(),
                detail("backend", login.backend(), "client_id", clientId));
    }

    /**
     * Audits the failure (with the id of the user the identifier names, null when none, and never the
     * identifier itself: it may be a password typed in the wrong field); its count stays.
     */
    @Transactional(TxType.REQUIRES_NEW)
    void failed(Attempt attempt, UUID userId, String clientId) {
        LOG.debugf("Login failed for user %s from %s", userId, attempt.clientIp());
        audit.record(AuditType.LOGIN_FAILED, userId, attempt.clientIp(),
                detail("reason", "invalid_credentials", "client_id", clientId));
        settleFailure(attempt, userId);
    }

    /** The current password of a password change verified: settled like a successful login, audited by the change. */
    @Transactional(TxType.REQUIRES_NEW)
    void passwordConfirmed(Attempt attempt, User user) {
        settleSuccess(attempt, user);
    }

    /** The current password of a password change was wrong: a failed login of that account. */
    @Transactional(TxType.REQUIRES_NEW)
    void passwordRefused(Attempt attempt, UUID userId) {
        LOG.debugf("Password change refused for user %s from %s: wrong current password", userId, attempt.clientIp());
        audit.record(AuditType.LOGIN_FAILED, userId, attempt.clientIp(), Map.of("reason", "invalid_old_password"));
        settleFailure(attempt, userId);
    }

    /** The address keeps its other failures: a success must not reset it, or one valid account would let a sprayer go on forever. */
    private void settleSuccess(Attempt attempt, User user) {
        counters.clear(ThrottleKey.accountKeys(user, attempt.identifier()));
        if (attempt.counted() && attempt.clientIp() != null) {
            counters.undo(ThrottleKey.ip(attempt.clientIp()));
        }
    }

    private void settleFailure(Attempt attempt, UUID userId) {
        if (!attempt.counted()) {
            return;
        }
        confirm(account, ThrottleKey.account(attempt.identifier()), attempt.accountFailures(), userId, attempt.clientIp());
        if (attempt.clientIp() != null) {
            confirm(ip, ThrottleKey.ip(attempt.clientIp()), attempt.ipFailures(), null, attempt.clientIp());
        }
        counters.purgeOccasionally(max(account.failureReset(), ip.failureReset()));
    }

    private void confirm(Policy policy, byte[] key, int failures, UUID userId, String clientIp) {
        counters.confirmFailure(key);
        Duration lock = policy.lockout(failures);
        if (!lock.isZero()) {
            // ids and addresses only: the identifier may be a password typed into the wrong field
            LOG.infof("Login locked for %d s after %d failures (%s; user %s, address %s)", lock.toSeconds(), failures,
                    policy.scope(), userId, clientIp);
            audit.record(AuditType.LOCKOUT_STARTED, userId, clientIp, Map.of("scope", policy.scope(),
                    "failures", failures, "wait_seconds", lock.toSeconds()));
        }
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

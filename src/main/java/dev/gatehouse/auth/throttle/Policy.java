package dev.gatehouse.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One lockout rule (Keycloak's "temporary lockout"): from {@code maxFailures} failures on, each
 * failure locks for {@code waitIncrement} times the failures beyond the threshold plus one, at most
 * {@code maxWait}; a quiet {@code failureReset} forgets the failures.
 */
record Policy(String scope, int maxFailures, Duration waitIncrement, Duration maxWait, Duration failureReset) {

    static Policy account(ThrottleConfig c) {
        return new Policy("account", c.maxFailures(), c.waitIncrement(), c.maxWait(), c.failureReset());
    }

    static Policy ip(ThrottleConfig c) {
        ThrottleConfig.Ip ip = c.ip();
        return new Policy("client_ip", ip.maxFailures(), ip.waitIncrement(), ip.maxWait(), ip.failureReset());
    }

    /** How long the last of {@code failures} failures locks; zero below the threshold. */
    Duration lockout(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        Duration wait = waitIncrement.multipliedBy(failures - maxFailures + 1L);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** The wait still ahead at {@code now}, or empty when a login may be tried. */
    Optional<Duration> remaining(Counter counter, Instant now) {
        if (isForgotten(counter, now)) {
            return Optional.empty();
        }
        Instant until = counter.lastFailure().plus(lockout(counter.failures()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** True when the last failure is older than the quiet period, so the count starts again. */
    boolean isForgotten(Counter counter, Instant now) {
        return counter.lastFailure().plus(failureReset).isBefore(now);
    }

    /** A key's failures and when the last one happened. */
    record Counter(int failures, Instant lastFailure) {}
}

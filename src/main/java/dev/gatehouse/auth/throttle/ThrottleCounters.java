package dev.gatehouse.auth.throttle;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failure counters in PostgreSQL, so every instance sees and enforces the same counts. An attempt is
 * counted before its password is checked, by one atomic upsert that also refuses it when the key is
 * locked: concurrent guesses (queued on the hashing permits) cannot all pass a check made before any
 * of them has failed. A success later undoes its count; a failure keeps it.
 */
@ApplicationScoped
class ThrottleCounters {

    /**
     * Counts an attempt unless the key is locked (the WHERE of DO UPDATE is then false and nothing is
     * returned). Below the threshold the last failure's time is left alone (a success undoes only the
     * count, so the quiet period still runs from the last real failure); a count that starts again, or
     * that reaches the threshold, stamps now, so the lock starts with the attempt that caused it.
     */
    private static final String ATTEMPT = """
            insert into login_throttle as t (throttle_key, failures, last_failure) values (:key, 1, :now)
            on conflict (throttle_key) do update set
              failures = case when t.last_failure < :quietSince then 1 else t.failures + 1 end,
              last_failure = case when t.last_failure < :quietSince or t.failures + 1 >= :maxFailures then :now
                                  else t.last_failure end
            where not (t.last_failure >= :quietSince and t.failures >= :maxFailures
                       and t.last_failure + make_interval(secs => least(:maxWaitSeconds,
                             :incrementSeconds * (t.failures - :maxFailures + 1))) > :now)
            returning failures""";
    private static final int PURGE_EVERY = 1000;

    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();

    ThrottleCounters(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    Optional<Policy.Counter> find(byte[] key) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select failures, last_failure from login_throttle where throttle_key = :key")
                .setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Policy.Counter(((Number) columns[0]).intValue(), instant(columns[1]));
        });
    }

    /**
     * Counts an attempt on {@code key} before its password is checked: the new count, or empty (and
     * nothing counted) when the key is locked under {@code policy}.
     */
    @Transactional
    OptionalInt attempt(byte[] key, Policy policy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<?> rows = Panache.getEntityManager().createNativeQuery(ATTEMPT)
                .setParameter("key", key).setParameter("now", now)
                .setParameter("quietSince", now.minus(policy.failureReset()))
                .setParameter("maxFailures", policy.maxFailures())
                .setParameter("maxWaitSeconds", seconds(policy.maxWait()))
                .setParameter("incrementSeconds", seconds(policy.waitIncrement()))
                .getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
    }

    /** A counted attempt failed: the quiet period runs from now. */
    @Transactional
    void confirmFailure(byte[] key) {
        Panache.getEntityManager().createNativeQuery(
                        "update login_throttle set last_failure = greatest(last_failure, :now) where throttle_key = :key")
                .setParameter("key", key).setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
    }

    /** A counted attempt succeeded: takes its count back (for counters a success does not reset). */
    @Transactional
    void undo(byte[] key) {
        Panache.getEntityManager().createNativeQuery(
                        "update login_throttle set failures = failures - 1 where throttle_key = :key and failures > 0")
                .setParameter("key", key).executeUpdate();
    }

    @Transactional
    void clear(List<byte[]> keys) {
        keys.forEach(key -> Panache.getEntityManager()
                .createNativeQuery("delete from login_throttle where throttle_key = :key")
                .setParameter("key", key).executeUpdate());
    }

    /** Now and then drops counters quiet for longer than {@code quiet}, so sprayed identifiers do not pile up. */
    @Transactional
    void purgeOccasionally(Duration quiet) {
        if (failures.incrementAndGet() % PURGE_EVERY == 0) {
            Panache.getEntityManager().createNativeQuery("delete from login_throttle where last_failure < :before")
                    .setParameter("before", OffsetDateTime.now(clock).minus(quiet)).executeUpdate();
        }
    }

    Instant now() {
        return clock.instant();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) column).toInstant();
    }
}

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failure counters in PostgreSQL, so every instance sees and enforces the same counts. Each failure is
 * one atomic upsert; there is no read-modify-write race between instances.
 */
@ApplicationScoped
class ThrottleCounters {

    private static final String UPSERT = """
            insert into login_throttle (throttle_key, failures, last_failure) values (:key, 1, :now)
            on conflict (throttle_key) do update set
              failures = case when login_throttle.last_failure < :quietSince then 1
                              else login_throttle.failures + 1 end,
              last_failure = :now
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

    /** Counts one failure and returns the new count; a count older than {@code quiet} starts again at 1. */
    @Transactional
    int fail(byte[] key, Duration quiet) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Number count = (Number) Panache.getEntityManager().createNativeQuery(UPSERT)
                .setParameter("key", key).setParameter("now", now).setParameter("quietSince", now.minus(quiet))
                .getSingleResult();
        return count.intValue();
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

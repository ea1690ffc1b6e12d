package dev.gatehouse.password;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many password hashes may run at once, and how long a request waits for a turn.
 *
 * <p>Permits = min(cores, heap share / working memory of one hash of the configured algorithm), at least 1:
 * hashing is CPU-bound, so more than one per core only adds memory, and on a many-core host with a small
 * heap argon2's 19 MiB per hash would otherwise exhaust the heap. A request that cannot get a permit within
 * {@code gatehouse.password.permit-wait} gets {@link HashingSaturated} instead of queueing without limit.
 */
public final class HashingPermits {

    /** What PBKDF2 and bcrypt need besides the JVM's usual per-request garbage: next to nothing. */
    private static final long SMALL_HASH_BYTES = 64 * 1024;

    private final Semaphore permits;
    private final int total;
    private final long waitNanos;

    HashingPermits(PasswordConfig config) {
        this(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), config);
    }

    HashingPermits(int cores, long maxHeapBytes, PasswordConfig config) {
        long byHeap = (long) (maxHeapBytes * config.permitHeapFraction()) / bytesPerHash(config);
        this.total = (int) Math.max(1, Math.min(cores, byHeap));
        this.permits = new Semaphore(total, true);
        this.waitNanos = config.permitWait().toNanos();
    }

    /** Working memory of one hash with the configured algorithm and cost. */
    static long bytesPerHash(PasswordConfig config) {
        return switch (config.algorithm()) {
            case "argon2" -> config.argon2().memoryKib() * 1024L;
            // scrypt's V array is 128 * r * N bytes, its B array 128 * r * p
            case "scrypt" -> 128L * config.scrypt().blockSize() * (config.scrypt().workFactor() + config.scrypt().parallelism());
            default -> SMALL_HASH_BYTES;
        };
    }

    /**
     * Runs {@code hash} holding one permit.
     *
     * @throws HashingSaturated when no permit came free within the configured wait
     */
    public <T> T call(Supplier<T> hash) {
        acquire();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new HashingSaturated(retryAfterSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingSaturated(retryAfterSeconds());
        }
    }

    /** The configured wait rounded up to whole seconds: by then a queue of that length has usually drained. */
    private long retryAfterSeconds() {
        return Math.max(1, Duration.ofNanos(waitNanos).plusMillis(999).toSeconds());
    }

    /** How many hashes may run at once. */
    public int total() {
        return total;
    }

    /** How many requests are waiting for a permit right now (an estimate, for tests and metrics). */
    public int waiting() {
        return permits.getQueueLength();
    }
}

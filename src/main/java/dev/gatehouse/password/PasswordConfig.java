package dev.gatehouse.password;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Password hashing and validation settings, under {@code gatehouse.password}.
 *
 * <p>Defaults: new hashes are argon2id with m=19456 KiB, t=2, p=1 (OWASP); other hashers use
 * Django 5.2's defaults; passwords must be 10 to 4096 characters. A stored hash whose costs exceed
 * {@link #limits()} is refused on import and never verified.
 */
@ConfigMapping(prefix = "gatehouse.password")
public interface PasswordConfig {

    /** Algorithm prefix of the hasher used for new hashes; default {@code argon2}. */
    @WithDefault("argon2")
    String algorithm();

    Argon2 argon2();

    Pbkdf2 pbkdf2();

    Bcrypt bcrypt();

    Scrypt scrypt();

    /** Ceilings on the cost parameters a stored hash may ask for; see {@link Limits}. */
    Limits limits();

    /** Shortest acceptable new password, in characters; default 10. */
    @WithDefault("10")
    int minLength();

    /** Longest password accepted, in characters, for new passwords and before any hashing on login; default 4096. */
    @WithDefault("4096")
    int maxLength();

    /** Django's UserAttributeSimilarityValidator max_similarity; default 0.7. */
    @WithDefault("0.7")
    double similarity();

    /**
     * Longest a request waits for a hashing permit before answering 503 with {@code Retry-After}; default 3s,
     * the datasource's acquisition timeout, so a saturated host answers as fast as an exhausted pool would.
     */
    @WithDefault("3s")
    Duration permitWait();

    /** Share of the maximum heap that concurrent hashes may use; with cores it sizes the permits; default 0.25. */
    @WithDefault("0.25")
    double permitHeapFraction();

    /** Argon2id cost; defaults m=19456 KiB, t=2, p=1. */
    interface Argon2 {
        @WithDefault("19456")
        int memoryKib();

        @WithDefault("2")
        int iterations();

        @WithDefault("1")
        int parallelism();
    }

    /** PBKDF2 cost; default 1,000,000 iterations (Django 5.2). */
    interface Pbkdf2 {
        @WithDefault("1000000")
        int iterations();
    }

    /** Bcrypt cost; default 12 rounds (Django). */
    interface Bcrypt {
        @WithDefault("12")
        int rounds();
    }

    /** Scrypt cost; defaults N=16384, r=8, p=1 (Django). */
    interface Scrypt {
        @WithDefault("16384")
        int workFactor();

        @WithDefault("8")
        int blockSize();

        @WithDefault("1")
        int parallelism();
    }

    /**
     * The most a stored hash may cost, under {@code gatehouse.password.limits}. A hash carries its own
     * parameters, so whoever can store one (an import, the settings backend's hash) could otherwise make
     * every login to it take a gibibyte or an hour. Checked when a hash enters and again before each
     * verification; the configured costs of new hashes must lie within them (checked at boot).
     *
     * <p>Defaults: argon2 m=262144 KiB (256 MiB), t=20, p=16; scrypt 262144 KiB (128·N·r bytes), p=16;
     * PBKDF2 10,000,000 iterations; bcrypt cost 16.
     */
    interface Limits {
        @WithDefault("262144")
        int argon2MemoryKib();

        @WithDefault("20")
        int argon2Iterations();

        @WithDefault("16")
        int argon2Parallelism();

        @WithDefault("262144")
        int scryptMemoryKib();

        @WithDefault("16")
        int scryptParallelism();

        @WithDefault("10000000")
        int pbkdf2Iterations();

        @WithDefault("16")
        int bcryptRounds();
    }
}

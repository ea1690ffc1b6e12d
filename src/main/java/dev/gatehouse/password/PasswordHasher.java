package dev.gatehouse.password;

import java.util.Optional;

/**
 * One password hashing algorithm in Django's encoded format {@code "algorithm$..."}.
 *
 * <p>Implementations are stateless CDI beans picked by {@link PasswordHashers} from the prefix
 * before the first {@code $}. {@link #verify} never throws for a malformed hash of its own
 * algorithm, nor runs one whose costs are past {@code gatehouse.password.limits}: it answers {@code false}.
 */
public interface PasswordHasher {

    /** The prefix before the first {@code $}, e.g. {@code "argon2"} or {@code "pbkdf2_sha256"}. */
    String algorithm();

    /** A new hash of {@code rawPassword} with this hasher's configured parameters and a fresh random salt. */
    String encode(String rawPassword);

    /** Whether {@code rawPassword} matches {@code encoded}, compared in constant time. */
    boolean verify(String rawPassword, String encoded);

    /** Whether {@code encoded} was made with parameters other than the configured ones (Django's must_update). */
    default boolean mustUpdate(String encoded) {
        return false;
    }

    /**
     * Why {@code encoded}, a hash of this algorithm, must not be kept or verified: malformed, or a cost
     * parameter past {@code gatehouse.password.limits}, said so that it names the parameter (e.g.
     * "argon2 memory m=1048576 KiB exceeds the limit 262144"). Never contains the hash. Cheap: it only
     * parses. Default: empty, for a hasher whose hashes carry no cost of their own.
     */
    default Optional<String> problem(String encoded) {
        return Optional.empty();
    }
}

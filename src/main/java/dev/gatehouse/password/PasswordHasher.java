package dev.gatehouse.password;

/**
 * One password hashing algorithm in Django's encoded format {@code "algorithm$..."}.
 *
 * <p>Implementations are stateless CDI beans picked by {@link PasswordHashers} from the prefix
 * before the first {@code $}. {@link #verify} never throws for a malformed hash of its own
 * algorithm: it answers {@code false}.
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
}

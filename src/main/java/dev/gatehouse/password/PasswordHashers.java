package dev.gatehouse.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of {@link PasswordHasher}s, picked by the prefix before the first {@code $}.
 *
 * <p>New hashes use the hasher named by {@code gatehouse.password.algorithm} (default argon2id,
 * m=19456 KiB, t=2, p=1). An unknown default algorithm or two hashers with one prefix fail at boot.
 * A stored hash is data, not code: one whose own costs are past {@code gatehouse.password.limits} is
 * refused by {@link #problem} where hashes enter and never run by {@link #verify}.
 */
@ApplicationScoped
public class PasswordHashers {

    /** Django's UNUSABLE_PASSWORD_PREFIX: no hasher's output starts with it. */
    private static final String UNUSABLE_PREFIX = "!";
    private static final int UNUSABLE_SUFFIX_LENGTH = 40;
    private static final String THROWAWAY_PASSWORD = "gatehouse-timing-parity";

    private final Map<String, PasswordHasher> byAlgorithm;
    private final PasswordHasher defaultHasher;
    private final int maxLength;
    private final RefusedHashes refused = new RefusedHashes();
    private final HashingPermits permits;

    @Inject
    public PasswordHashers(Instance<PasswordHasher> hashers, PasswordConfig config) {
        this(hashers.stream().toList(), config);
    }

    /**
     * A registry over the given hashers, for use without CDI.
     *
     * @throws IllegalStateException if two hashers share a prefix or none has the configured default prefix
     */
    public PasswordHashers(Collection<PasswordHasher> hashers, PasswordConfig config) {
        this.byAlgorithm = hashers.stream().collect(Collectors.toUnmodifiableMap(PasswordHasher::algorithm, Function.identity(),
                (a, b) -> { throw new IllegalStateException("Two password hashers for " + a.algorithm()); }));
        this.defaultHasher = byAlgorithm.get(config.algorithm());
        if (defaultHasher == null) {
            throw new IllegalStateException("gatehouse.password.algorithm=" + config.algorithm()
                    + " names no hasher; known: " + byAlgorithm.keySet());
        }
        this.maxLength = config.maxLength();
        this.permits = new HashingPermits(config);
    }

    /** A registry with every built-in hasher (pbkdf2_sha256, pbkdf2_sha1, argon2, bcrypt_sha256, bcrypt, scrypt). */
    public static PasswordHashers standard(PasswordConfig config) {
        return new PasswordHashers(List.of(new Argon2Hasher(config), new Pbkdf2Sha256Hasher(config), new Pbkdf2Sha1Hasher(config),
                new BcryptSha256Hasher(config), new BcryptHasher(config), new ScryptHasher(config)), config);
    }

    /**
     * A new hash of {@code rawPassword} with the default hasher.
     *
     * @throws IllegalArgumentException if the password is null or longer than {@code gatehouse.password.max-length}
     */
    public String encode(String rawPassword) {
        if (rawPassword == null || rawPassword.length() > maxLength) {
            throw new IllegalArgumentException("password is missing or longer than " + maxLength + " characters");
        }
        return withPermit(() -> defaultHasher.encode(rawPassword));
    }

    /**
     * Whether {@code rawPassword} matches {@code encoded}; false for null, unusable, unknown or malformed
     * hashes, for hashes whose costs are past {@code gatehouse.password.limits} (never run, logged once),
     * and whenever the hasher throws.
     */
    public boolean verify(String rawPassword, String encoded) {
        if (rawPassword == null || rawPassword.length() > maxLength) {
            // never hash the oversized input itself (a cheap CPU denial of service), but spend one hash of a
            // throwaway value, so a known user's over-long password costs what an unknown user's does
            runDefaultHasher(rawPassword);
            return false;
        }
        PasswordHasher hasher = isUsable(encoded) ? byAlgorithm.get(algorithmOf(encoded)) : null;
        Optional<String> problem = hasher == null ? Optional.empty() : hasher.problem(encoded);
        problem.ifPresent(reason -> refused.logOnce(encoded, reason));
        if (hasher == null || problem.isPresent()) {
            // hash anyway so an unusable, unknown or over-limit hash costs as much as a wrong password (Django CVE-2024-39329)
            runDefaultHasher(rawPassword);
            return false;
        }
        Optional<Boolean> matched = withPermit(() -> verifyQuietly(hasher, rawPassword, encoded));
        if (matched.isEmpty()) {
            runDefaultHasher(rawPassword); // the hasher threw, likely before any work: spend a hash's time anyway
        }
        return matched.orElse(false);
    }

    /** A hasher's answer, or empty if it threw: a stored hash is data, so its failure is a failed login, never a 500. */
    private Optional<Boolean> verifyQuietly(PasswordHasher hasher, String rawPassword, String encoded) {
        try {
            return Optional.of(hasher.verify(rawPassword, encoded));
        } catch (RuntimeException e) {
            // the exception's message may quote the hash, so only its type is logged
            refused.logOnce(encoded, hasher.algorithm() + " hasher threw " + e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * Why a stored hash may not enter Gatehouse (import, configuration): not a format Gatehouse knows,
     * malformed, or a cost past {@code gatehouse.password.limits}, named (e.g. "argon2 memory m=1048576 KiB
     * exceeds the limit 262144"). Empty for an unusable ({@code "!"}) or an acceptable hash. Never contains the hash.
     */
    public Optional<String> problem(String encoded) {
        if (!isUsable(encoded)) {
            return encoded == null ? Optional.of("is missing") : Optional.empty();
        }
        PasswordHasher hasher = byAlgorithm.get(algorithmOf(encoded));
        return hasher == null ? Optional.of("is not a password hash format Gatehouse knows") : hasher.problem(encoded);
    }

    /** Whether a hash that just verified should be re-hashed: other algorithm than the default, or outdated parameters. */
    public boolean mustUpdate(String encoded) {
        if (!isUsable(encoded)) {
            return false;
        }
        return !defaultHasher.algorithm().equals(algorithmOf(encoded)) || defaultHasher.mustUpdate(encoded);
    }

    /** Hashes a throwaway value once with the default hasher, so an unknown user costs the same time as a wrong password. */
    public void runDefaultHasher(String rawPassword) {
        boolean hashable = rawPassword != null && rawPassword.length() <= maxLength;
        withPermit(() -> defaultHasher.encode(hashable ? rawPassword : THROWAWAY_PASSWORD));
    }

    /** @throws HashingSaturated when no hashing permit came free within {@code gatehouse.password.permit-wait} */
    private <T> T withPermit(Supplier<T> hash) {
        return permits.call(hash);
    }

    /** The permits every hash here runs under. */
    public HashingPermits permits() {
        return permits;
    }

    /** An unusable password: {@code "!"} and 40 random alphanumerics, as Django's {@code make_password(None)}. */
    public static String unusable() {
        return UNUSABLE_PREFIX + DjangoSalt.random(UNUSABLE_SUFFIX_LENGTH);
    }

    /** False for null or a {@code "!"}-prefixed (unusable) hash. */
    public static boolean isUsable(String encoded) {
        return encoded != null && !encoded.startsWith(UNUSABLE_PREFIX);
    }

    private static String algorithmOf(String encoded) {
        int dollar = encoded.indexOf('$');
        return dollar < 0 ? "" : encoded.substring(0, dollar);
    }
}

package dev.gatehouse.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Django's PBKDF2 formats, {@code <algorithm>$<iterations>$<salt>$<base64 key>}; default 1,000,000 iterations.
 *
 * <p>Uses the JDK's PBKDF2: SunJCE encodes the {@code char[]} password as UTF-8, which is what
 * Django's {@code password.encode()} does, so non-ASCII passwords ("lètmein") give Django's exact
 * keys (checked by the known-answer tests). The salt is Django's salt string, UTF-8 encoded.
 */
abstract class Pbkdf2Hasher implements PasswordHasher {

    private final String algorithm;
    private final String jdkAlgorithm;
    private final int keyBits;
    private final int iterations;
    private final int maxIterations;

    /** @throws IllegalStateException if the configured iterations are past {@code gatehouse.password.limits.pbkdf2-iterations} */
    Pbkdf2Hasher(String algorithm, String jdkAlgorithm, int keyBits, PasswordConfig config) {
        this.algorithm = algorithm;
        this.jdkAlgorithm = jdkAlgorithm;
        this.keyBits = keyBits;
        this.iterations = config.pbkdf2().iterations();
        this.maxIterations = config.limits().pbkdf2Iterations();
        CostCeiling.requireWithin("gatehouse.password.pbkdf2.iterations", exceeded(iterations));
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public String encode(String rawPassword) {
        return encode(rawPassword, DjangoSalt.generate(), iterations);
    }

    String encode(String rawPassword, String salt, int iterations) {
        byte[] key = derive(rawPassword, salt, iterations);
        return algorithm + "$" + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean verify(String rawPassword, String encoded) {
        if (problem(encoded).isPresent()) {
            return false;
        }
        Parts parts = Parts.parse(encoded);
        try {
            String candidate = encode(rawPassword, parts.salt, parts.iterations);
            // like Django: compare the whole encoded strings, so a non-canonical stored hash never matches
            return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return false; // a salt or password the JDK's PBKDF2 refuses
        }
    }

    @Override
    public Optional<String> problem(String encoded) {
        Parts parts = Parts.parse(encoded);
        if (parts == null || !algorithm.equals(parts.algorithm)) {
            return Optional.of("is not a well-formed " + algorithm + " hash");
        }
        return exceeded(parts.iterations);
    }

    private Optional<String> exceeded(int count) {
        return CostCeiling.firstExceeded(new CostCeiling(algorithm + " iterations " + count, count, maxIterations));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parts parts = Parts.parse(encoded);
        return parts != null && (parts.iterations != iterations || DjangoSalt.isTooShort(parts.salt.length()));
    }

    private byte[] derive(String rawPassword, String salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(rawPassword.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(jdkAlgorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jdkAlgorithm + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parts(String algorithm, int iterations, String salt) {
        static Parts parse(String encoded) {
            String[] p = encoded.split("\\$", 4);
            if (p.length != 4 || p[2].isEmpty()) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(p[1]);
                return iterations > 0 ? new Parts(p[0], iterations, p[2]) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Django's {@code scrypt$<N>$<salt>$<r>$<p>$<base64 64-byte key>}; defaults N=16384, r=8, p=1.
 *
 * <p>Field order is Django's (work factor before salt). The salt is Django's salt string, UTF-8 encoded.
 */
@Singleton
public class ScryptHasher implements PasswordHasher {

    private static final int KEY_LENGTH = 64;

    private final int workFactor;
    private final int blockSize;
    private final int parallelism;
    private final PasswordConfig.Limits limits;

    /** @throws IllegalStateException if the configured costs are past {@code gatehouse.password.limits} */
    @Inject
    public ScryptHasher(PasswordConfig config) {
        this.workFactor = config.scrypt().workFactor();
        this.blockSize = config.scrypt().blockSize();
        this.parallelism = config.scrypt().parallelism();
        this.limits = config.limits();
        CostCeiling.requireWithin("gatehouse.password.scrypt", exceeded(new Parts(workFactor, "", blockSize, parallelism)));
    }

    @Override
    public String algorithm() {
        return "scrypt";
    }

    @Override
    public String encode(String rawPassword) {
        return encode(rawPassword, DjangoSalt.generate(), workFactor, blockSize, parallelism);
    }

    String encode(String rawPassword, String salt, int n, int r, int p) {
        byte[] key = SCrypt.generate(rawPassword.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), n, r, p, KEY_LENGTH);
        return "scrypt$" + n + "$" + salt + "$" + r + "$" + p + "$" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean verify(String rawPassword, String encoded) {
        if (problem(encoded).isPresent()) {
            return false;
        }
        Parts parts = Parts.parse(encoded);
        try {
            String candidate = encode(rawPassword, parts.salt, parts.n, parts.r, parts.p);
            return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return false; // parameters Bouncy Castle rejects, e.g. N not a power of two
        }
    }

    @Override
    public Optional<String> problem(String encoded) {
        Parts parts = Parts.parse(encoded);
        return parts == null ? Optional.of("is not a well-formed scrypt hash") : exceeded(parts);
    }

    /** scrypt's memory is 128 * N * r bytes; p runs that many times over, one after another. */
    private Optional<String> exceeded(Parts parts) {
        long memoryKib = 128L * parts.n * parts.r / 1024;
        return CostCeiling.firstExceeded(
                new CostCeiling("scrypt memory N=" + parts.n + ",r=" + parts.r + " (" + memoryKib + " KiB)", memoryKib,
                        limits.scryptMemoryKib()),
                new CostCeiling("scrypt parallelism p=" + parts.p, parts.p, limits.scryptParallelism()));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parts parts = Parts.parse(encoded);
        return parts != null && (parts.n != workFactor || parts.r != blockSize || parts.p != parallelism);
    }

    private record Parts(int n, String salt, int r, int p) {
        static Parts parse(String encoded) {
            String[] f = encoded.split("\\$", -1);
            if (f.length != 6 || !f[0].equals("scrypt") || f[2].isEmpty()) {
                return null;
            }
            try {
                Parts parts = new Parts(Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
                // N must be a power of two above 1 (Bouncy Castle throws otherwise)
                return parts.n > 1 && Integer.bitCount(parts.n) == 1 && parts.r > 0 && parts.p > 0 ? parts : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Django's {@code scrypt$<N>$<salt>$<r>$<p>$<base64 64-byte key>}; defaults N=16384, r=8, p=1.
 *
 * <p>Field order is Django's (work factor before salt). The salt is Django's salt string, UTF-8 encoded.
 */
@Singleton
public class ScryptHasher implements PasswordHasher {

    private static final int KEY_LENGTH = 64;
    // a stored hash needing more memory than this (128 * N * r bytes) is refused rather than risking an out-of-memory
    private static final long MAX_MEMORY_BYTES = 1L << 30;

    private final int workFactor;
    private final int blockSize;
    private final int parallelism;

    @Inject
    public ScryptHasher(PasswordConfig config) {
        this.workFactor = config.scrypt().workFactor();
        this.blockSize = config.scrypt().blockSize();
        this.parallelism = config.scrypt().parallelism();
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
        Parts parts = Parts.parse(encoded);
        if (parts == null || 128L * parts.n * parts.r > MAX_MEMORY_BYTES) {
            return false;
        }
        try {
            String candidate = encode(rawPassword, parts.salt, parts.n, parts.r, parts.p);
            return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false; // parameters Bouncy Castle rejects, e.g. N not a power of two
        }
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
                return parts.n > 1 && parts.r > 0 && parts.p > 0 ? parts : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

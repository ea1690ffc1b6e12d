package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Django's {@code bcrypt_sha256$$2b$<cost>$...}; default cost 12.
 *
 * <p>The password is first hashed to its SHA-256 hex digest, as Django does, so passwords longer
 * than bcrypt's 72 bytes are not silently truncated.
 */
@Singleton
public class BcryptSha256Hasher extends AbstractBcryptHasher {

    @Inject
    public BcryptSha256Hasher(PasswordConfig config) {
        super("bcrypt_sha256", config);
    }

    @Override
    byte[] secret(String rawPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawPassword.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

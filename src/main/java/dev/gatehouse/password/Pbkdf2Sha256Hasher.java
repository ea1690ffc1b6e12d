package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Django's default until 4.x, {@code pbkdf2_sha256$<iterations>$<salt>$<base64 32-byte key>}; default 1,000,000 iterations. */
@Singleton
public class Pbkdf2Sha256Hasher extends Pbkdf2Hasher {

    @Inject
    public Pbkdf2Sha256Hasher(PasswordConfig config) {
        super("pbkdf2_sha256", "PBKDF2WithHmacSHA256", 256, config);
    }
}

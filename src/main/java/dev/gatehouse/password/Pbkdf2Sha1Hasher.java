package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Django's legacy {@code pbkdf2_sha1$<iterations>$<salt>$<base64 20-byte key>}, kept to verify imported hashes; default 1,000,000 iterations. */
@Singleton
public class Pbkdf2Sha1Hasher extends Pbkdf2Hasher {

    @Inject
    public Pbkdf2Sha1Hasher(PasswordConfig config) {
        super("pbkdf2_sha1", "PBKDF2WithHmacSHA1", 160, config);
    }
}

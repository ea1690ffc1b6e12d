package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Django's plain {@code bcrypt$$2b$<cost>$...}; default cost 12.
 *
 * <p>Kept to verify imported hashes: bcrypt uses only the first 72 bytes of the UTF-8 password,
 * so prefer {@link BcryptSha256Hasher} for new hashes.
 */
@Singleton
public class BcryptHasher extends AbstractBcryptHasher {

    @Inject
    public BcryptHasher(PasswordConfig config) {
        super("bcrypt", config);
    }

    @Override
    byte[] secret(String rawPassword) {
        return rawPassword.getBytes(StandardCharsets.UTF_8);
    }
}

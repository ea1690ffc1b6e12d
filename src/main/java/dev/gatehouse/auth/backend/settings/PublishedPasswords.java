package dev.gatehouse.auth.backend.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The operator passwords that ship with the source code: the ones behind the {@code %dev} and
 * {@code %test} settings-backend hashes. Anyone who has read application.properties knows them, so a
 * production instance must never accept them.
 */
public final class PublishedPasswords {

    static final List<String> PASSWORDS = List.of("gatehouse-dev-admin", "test-admin-password");
    private static final String KEY = "gatehouse.backends.settings.password";

    private PublishedPasswords() {
    }

    /** Whether the password is one of them, compared in constant time. */
    public static boolean isOne(String password) {
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (String published : PASSWORDS) {
            found |= MessageDigest.isEqual(given, published.getBytes(StandardCharsets.UTF_8));
        }
        return found;
    }

    /**
     * Whether the hash is one of those shipped in application.properties, character for character: the
     * copy-and-paste mistake, caught at start-up without hashing anything. A fresh hash of a published
     * password is caught at its first login instead (SettingsBackend).
     */
    public static boolean isShippedHash(String hash) {
        Properties shipped = shippedProperties();
        return List.of("%dev.", "%test.").stream()
                .map(profile -> shipped.getProperty(profile + KEY))
                .anyMatch(value -> Objects.equals(value, hash));
    }

    private static Properties shippedProperties() {
        Properties properties = new Properties();
        try (InputStream in = PublishedPasswords.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

package dev.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.backend.settings.PublishedPasswords;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.TestPasswordConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The production start-up refusal, in plain JUnit (a prod boot needs real keys and a database). */
class PublicSecretsGuardTest {

    private static final PasswordHashers HASHERS = PasswordHashers.standard(TestPasswordConfig.cheap());
    private static final Predicate<String> PUBLISHED = PublishedPasswords::isShippedHash;

    @Test
    void theDevAdminHashFromApplicationPropertiesIsRefused() throws IOException {
        Optional<String> refusal = PublicSecretsGuard.refusal(Optional.of(shipped("%dev.")), Optional.empty(), PUBLISHED);
        assertTrue(refusal.orElseThrow().contains("gatehouse.backends.settings.password"));
    }

    @Test
    void theTestAdminHashIsRefused() throws IOException {
        assertTrue(PublicSecretsGuard.refusal(Optional.of(shipped("%test.")), Optional.empty(), PUBLISHED).isPresent());
    }

    /** Telling it apart would cost two password hashes at start-up; its first login is refused instead. */
    @Test
    void aFreshHashOfTheDevPasswordPassesStartUp() {
        String rehashed = HASHERS.encode("gatehouse-dev-admin");
        assertEquals(Optional.empty(), PublicSecretsGuard.refusal(Optional.of(rehashed), Optional.empty(), PUBLISHED));
    }

    @Test
    void aSigningKeyPackagedInTheApplicationIsRefused() {
        Optional<String> refusal = PublicSecretsGuard.refusal(Optional.empty(), Optional.of("classpath:keys/dev.pem"), PUBLISHED);
        assertTrue(refusal.orElseThrow().contains("signing-key-location"));
    }

    @Test
    void aSecretAdminHashAndAMountedKeyAreAccepted() {
        String secret = HASHERS.encode("an operator secret nobody published");
        assertEquals(Optional.empty(), PublicSecretsGuard.refusal(Optional.of(secret),
                Optional.of("/run/secrets/gatehouse-signing-key.pem"), PUBLISHED));
        assertEquals(Optional.empty(), PublicSecretsGuard.refusal(Optional.empty(), Optional.empty(), PUBLISHED));
    }

    private static String shipped(String profile) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublicSecretsGuardTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty(profile + "gatehouse.backends.settings.password");
    }
}

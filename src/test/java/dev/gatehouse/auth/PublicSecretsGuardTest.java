package dev.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final Predicate<String> PUBLISHED = PublicSecretsGuard.isPublished(HASHERS);

    @Test
    void theDevAdminHashFromApplicationPropertiesIsRefused() throws IOException {
        Optional<String> refusal = PublicSecretsGuard.refusal(Optional.of(shipped("%dev.")), Optional.empty(), PUBLISHED);
        assertTrue(refusal.orElseThrow().contains("gatehouse.backends.settings.password"));
    }

    @Test
    void theTestAdminHashIsRefused() throws IOException {
        assertTrue(PublicSecretsGuard.refusal(Optional.of(shipped("%test.")), Optional.empty(), PUBLISHED).isPresent());
    }

    @Test
    void aFreshHashOfTheDevPasswordIsRefusedToo() {
        String rehashed = HASHERS.encode("gatehouse-dev-admin");
        assertTrue(PublicSecretsGuard.refusal(Optional.of(rehashed), Optional.empty(), PUBLISHED).isPresent());
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

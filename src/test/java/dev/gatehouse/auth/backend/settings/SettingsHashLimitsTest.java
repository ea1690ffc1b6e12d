package dev.gatehouse.auth.backend.settings;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.password.HostileHashes;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.TestPasswordConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings backend's configured hash enters Gatehouse like an imported one: past the limits, boot fails. */
class SettingsHashLimitsTest {

    private final PasswordHashers hashers = PasswordHashers.standard(TestPasswordConfig.cheap());

    @Test
    void aConfiguredHashPastTheLimitsFailsAtBootNamingTheParameter() {
        IllegalStateException boot = assertThrows(IllegalStateException.class,
                () -> new SettingsBackend(config(HostileHashes.ARGON2_ITERATIONS), hashers, null, null, true));
        assertTrue(boot.getMessage().contains("gatehouse.backends.settings.password: argon2 iterations t=100000 exceeds the limit 20"),
                boot.getMessage());
        assertTrue(!boot.getMessage().contains(HostileHashes.ARGON2_ITERATIONS), "the hash itself is never in the message");
    }

    @Test
    void aConfiguredHashWithinTheLimitsStarts() {
        new SettingsBackend(config(hashers.encode("an operator passphrase")), hashers, null, null, true);
    }

    private static SettingsConfig config(String hash) {
        return new SettingsConfig() {
            public Optional<String> login() { return Optional.of("operator@gatehouse.test"); }
            public Optional<String> password() { return Optional.of(hash); }
        };
    }
}

package dev.gatehouse.auth.backend.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import dev.gatehouse.user.UserProvisioning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A production settings backend whose hash is a fresh hash of a published dev/test password: start-up
 * cannot tell it from a secret one without hashing (PublicSecretsGuard), so the first login refuses it.
 * Built by hand with production's rule on, since the test profile turns it off.
 */
@QuarkusTest
class PublishedPasswordLoginTest {

    @Inject
    PasswordHashers hashers;
    @Inject
    UserLookup lookup;
    @Inject
    UserProvisioning provisioning;

    @Test
    void aFreshHashOfThePublishedDevPasswordNeverLogsIn() {
        SettingsBackend backend = productionBackend("published-operator@gatehouse.test", "gatehouse-dev-admin");
        assertEquals(Optional.empty(), login(backend, "published-operator@gatehouse.test", "gatehouse-dev-admin"));
    }

    @Test
    void aSecretPasswordLogsIn() {
        SettingsBackend backend = productionBackend("secret-operator@gatehouse.test", "a secret nobody published");
        Optional<User> user = login(backend, "secret-operator@gatehouse.test", "a secret nobody published");
        assertTrue(user.isPresent() && user.get().superuser);
    }

    private SettingsBackend productionBackend(String login, String password) {
        String hash = hashers.encode(password);
        SettingsConfig config = new SettingsConfig() {
            public Optional<String> login() { return Optional.of(login); }
            public Optional<String> password() { return Optional.of(hash); }
        };
        return new SettingsBackend(config, hashers, lookup, provisioning, true);
    }

    private static Optional<User> login(SettingsBackend backend, String login, String password) {
        return QuarkusTransaction.requiringNew().call(() -> backend.authenticate(new Credentials(login, password, null)));
    }
}

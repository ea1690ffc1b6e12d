package dev.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain JUnit runs in LaunchMode NORMAL, i.e. as production does. */
class SigningKeysTest {

    @Test
    void productionWithoutConfiguredKeyRefusesToStart() {
        var e = assertThrows(IllegalStateException.class, () -> new SigningKeys(config(Optional.empty())));
        assertTrue(e.getMessage().contains("gatehouse.token.signing-key-location"));
    }

    static TokenConfig config(Optional<String> location) {
        return new TokenConfig() {
            public String issuer() { return "http://localhost:8080"; }
            public String audience() { return "gatehouse"; }
            public Duration accessLifetime() { return Duration.ofMinutes(10); }
            public Duration refreshLifetime() { return Duration.ofDays(14); }
            public Duration refreshMaxLifetime() { return Duration.ofDays(30); }
            public int maxGroups() { return 50; }
            public long verifiedCacheSize() { return 0; }
            public List<String> scopes() { return List.of("openid"); }
            public List<String> publicClients() { return List.of("gatehouse-web"); }
            public Optional<String> signingKeyLocation() { return location; }
            public Optional<String> signingKeyId() { return Optional.empty(); }
            public Optional<List<String>> previousPublicKeyLocations() { return Optional.empty(); }
        };
    }
}

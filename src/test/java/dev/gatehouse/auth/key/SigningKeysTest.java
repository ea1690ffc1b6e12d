package dev.gatehouse.auth.key;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    static KeysConfig config(Optional<String> location) {
        return new KeysConfig() {
            public Optional<String> signingKeyLocation() { return location; }
            public Optional<String> signingKeyId() { return Optional.empty(); }
            public Optional<List<String>> previousPublicKeyLocations() { return Optional.empty(); }
        };
    }
}

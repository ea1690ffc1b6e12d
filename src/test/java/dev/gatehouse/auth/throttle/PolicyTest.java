package dev.gatehouse.auth.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static final Policy KEYCLOAK = new Policy("account", 30, Duration.ofSeconds(60), Duration.ofMinutes(15),
            Duration.ofHours(12));
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void belowTheThresholdNothingIsLocked() {
        assertEquals(Duration.ZERO, KEYCLOAK.lockout(29));
    }

    @Test
    void eachFailureFromTheThresholdOnAddsSixtySeconds() {
        assertEquals(Duration.ofSeconds(60), KEYCLOAK.lockout(30));
        assertEquals(Duration.ofSeconds(120), KEYCLOAK.lockout(31));
        assertEquals(Duration.ofSeconds(600), KEYCLOAK.lockout(39));
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        assertEquals(Duration.ofMinutes(15), KEYCLOAK.lockout(44));
        assertEquals(Duration.ofMinutes(15), KEYCLOAK.lockout(10_000));
    }

    @Test
    void remainingWaitCountsFromTheLastFailure() {
        Policy.Counter counter = new Policy.Counter(31, T);
        assertEquals(Optional.of(Duration.ofSeconds(90)), KEYCLOAK.remaining(counter, T.plusSeconds(30)));
        assertEquals(Optional.empty(), KEYCLOAK.remaining(counter, T.plusSeconds(120)));
    }

    @Test
    void twelveQuietHoursForgetTheFailures() {
        Policy.Counter counter = new Policy.Counter(29, T);
        assertFalse(KEYCLOAK.isForgotten(counter, T.plus(Duration.ofHours(12))));
        assertTrue(KEYCLOAK.isForgotten(counter, T.plus(Duration.ofHours(12)).plusSeconds(1)));
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64AndAnIpv4AddressByItself() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.network("[2001:db8:1:2::1]"));
        assertEquals("0:0:0:0::/64", ClientAddress.network("0:0:0:0:0:0:0:1"));
        assertEquals("203.0.113.7", ClientAddress.network("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.network("::ffff:203.0.113.7"));
    }
}

package dev.gatehouse.auth.throttle;

import static dev.gatehouse.testsupport.Logins.attemptFrom;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-address limit, made small here (the suite's profile turns it off), behind a trusted proxy: the
 * test connects from loopback, which the test profile trusts, and names the client in X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(AddressThrottleTest.SmallAddressLimit.class)
class AddressThrottleTest {

    static final String PASSWORD = "correct horse battery staple";

    public static class SmallAddressLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.throttle.ip.max-failures", "3");
        }
    }

    @Test
    void failuresAgainstManyAccountsFromOneAddressLockThatAddressForEveryAccount() {
        UserBuilder victim = aUser().with("password", PASSWORD);
        victim.create();
        for (int i = 0; i < 3; i++) {
            attemptFrom("203.0.113.7", "sprayed-" + UUID.randomUUID() + "@example.org", PASSWORD).statusCode(400);
        }
        attemptFrom("203.0.113.7", victim.email(), PASSWORD).statusCode(429).header("Retry-After", "10")
                .body("error", equalTo("temporarily_unavailable"));
        attemptFrom("198.51.100.9", victim.email(), PASSWORD).statusCode(200);
    }

    @Test
    void failuresFromOneIpv6Slash64LockEveryAddressInItButNoOther() {
        for (int i = 1; i <= 3; i++) {
            attemptFrom("2001:db8:7:7::" + i, "sprayed-" + UUID.randomUUID() + "@example.org", PASSWORD).statusCode(400);
        }
        attemptFrom("2001:db8:7:7:ffff:1:2:3", "anyone@example.org", PASSWORD).statusCode(429);
        attemptFrom("2001:db8:7:8::1", "anyone@example.org", PASSWORD).statusCode(400);
    }
}

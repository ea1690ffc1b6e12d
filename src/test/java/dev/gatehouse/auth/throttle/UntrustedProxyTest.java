package dev.gatehouse.auth.throttle;

import static dev.gatehouse.testsupport.Logins.attemptFrom;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The only trusted proxy here is one the test is not (192.0.2.10), so the X-Forwarded-For the test
 * sends is a client's claim: each attempt names a fresh address, and all are counted on the socket's.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.NoTrustedLoopback.class)
class UntrustedProxyTest {

    public static class NoTrustedLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.throttle.ip.max-failures", "3", "quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void aClientsXForwardedForIsIgnoredWhenItDoesNotComeFromATrustedProxy() {
        for (int i = 1; i <= 3; i++) {
            attemptFrom("203.0.113." + i, "sprayed-" + UUID.randomUUID() + "@example.org", "wrong password").statusCode(400);
        }
        attemptFrom("198.51.100.77", "anyone@example.org", "wrong password").statusCode(429);
    }
}

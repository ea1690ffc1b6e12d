package dev.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache must never outlive the check it stands for: an entry expires when its token
 * would stop passing verification, and one already past that is never kept.
 */
class AccessTokenVerifierTest {

    private static final Expiry<String, AccessTokenVerifier.Verified> EXPIRY = AccessTokenVerifier.untilInvalid();

    @Test
    void anEntryLivesUntilItsTokenStopsBeingValid() {
        long nanos = EXPIRY.expireAfterCreate("key", verifiedUntil(nowSeconds() + 300), 0);
        assertTrue(nanos <= Duration.ofSeconds(300).toNanos(), "at most the token's remaining validity");
        assertTrue(nanos >= Duration.ofSeconds(298).toNanos(), "not much less either, or the cache is useless");
    }

    @Test
    void anEntryWhoseTokenIsNoLongerValidIsNotKept() {
        assertEquals(0, EXPIRY.expireAfterCreate("key", verifiedUntil(nowSeconds() - 1), 0));
    }

    private static AccessTokenVerifier.Verified verifiedUntil(long epochSeconds) {
        return new AccessTokenVerifier.Verified(null, epochSeconds);
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }
}

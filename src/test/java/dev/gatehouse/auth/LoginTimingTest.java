package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Logins;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Response time tells no failure shape from another, so it tells nothing about which accounts exist: each
 * shape's median, with the real default hasher, is within a factor of two of a known user's wrong password.
 * Not a performance test: it asserts that the shapes cost the same, measured in one run and interleaved.
 */
@QuarkusTest
class LoginTimingTest {

    private static final int ATTEMPTS = 15;
    private static final int WARM_UP = 2;
    private static final String PASSWORD = "a long enough password";
    /** One longer than gatehouse.password.max-length. */
    private static final String OVER_LONG = "p".repeat(4097);

    @Test
    void everyFailedLoginTakesAsLongAsAWrongPasswordForAKnownUser() {
        Map<String, Runnable> shapes = new LinkedHashMap<>();
        // a user per shape, so no account reaches the throttle's lockout (which answers without hashing)
        String known = user(true);
        String knownOverLong = user(true);
        String inactive = user(false);
        shapes.put("known user, wrong password", () -> fail(known, "wrong password " + UUID.randomUUID()));
        shapes.put("unknown user", () -> fail("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD));
        shapes.put("known user, over-long password", () -> fail(knownOverLong, OVER_LONG));
        shapes.put("unknown user, over-long password", () -> fail("nobody-" + UUID.randomUUID() + "@example.org", OVER_LONG));
        shapes.put("inactive user, right password", () -> fail(inactive, PASSWORD));
        shapes.put("settings login, wrong password", () -> fail(Tokens.ADMIN_EMAIL, "wrong password " + UUID.randomUUID()));

        Map<String, long[]> nanos = new LinkedHashMap<>();
        shapes.keySet().forEach(shape -> nanos.put(shape, new long[ATTEMPTS]));
        for (int round = 0; round < WARM_UP + ATTEMPTS; round++) {
            for (Map.Entry<String, Runnable> shape : shapes.entrySet()) {
                long start = System.nanoTime();
                shape.getValue().run();
                long took = System.nanoTime() - start;
                if (round >= WARM_UP) {
                    nanos.get(shape.getKey())[round - WARM_UP] = took;
                }
            }
        }

        double baseline = median(nanos.get("known user, wrong password"));
        List<String> off = new ArrayList<>();
        nanos.forEach((shape, times) -> {
            double ratio = median(times) / baseline;
            if (ratio < 0.5 || ratio > 2) {
                off.add(String.format("%s: %.2f x the baseline (%.1f ms vs %.1f ms)", shape, ratio, median(times) / 1e6,
                        baseline / 1e6));
            }
        });
        assertTrue(off.isEmpty(), "failure shapes that time differently: " + off);
        Logins.attempt(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD).statusCode(200); // clears the admin's failure count
    }

    private static String user(boolean active) {
        var user = aUser().with("password", PASSWORD).with("is_active", active);
        user.create();
        return user.email();
    }

    private static void fail(String username, String password) {
        Logins.attempt(username, password).statusCode(400);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

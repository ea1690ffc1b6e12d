package dev.gatehouse.auth.throttle;

import static dev.gatehouse.testsupport.Logins.attempt;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The account limit holds when the guesses arrive all at once instead of one after the other. A small
 * limit keeps it cheap: the attempts that pass each cost a password hash.
 */
@QuarkusTest
@TestProfile(ConcurrentGuessesTest.SmallAccountLimit.class)
class ConcurrentGuessesTest {

    public static class SmallAccountLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.throttle.max-failures", "5");
        }
    }

    static final String PASSWORD = "correct horse battery staple";
    static final int GUESSES = 128;

    @Inject
    CountingTestBackend backends;

    @Inject
    ThrottleConfig config;

    @Test
    void concurrentWrongGuessesReachTheHasherAtMostMaxFailuresPlusPermitsTimesAndTheRestAre429() throws Exception {
        UserBuilder user = aUser().withEmail("guessed-" + UUID.randomUUID() + CountingTestBackend.DOMAIN)
                .with("password", PASSWORD);
        user.create();

        Map<Integer, Long> byStatus = guessAllAtOnce(user.email());

        int reached = backends.attempts(user.email());
        int permits = Runtime.getRuntime().availableProcessors(); // PasswordHashers' hashing permits
        assertTrue(reached <= config.maxFailures() + permits,
                reached + " guesses reached the hasher; the limit is " + config.maxFailures() + " + " + permits);
        assertEquals(Map.of(400, (long) reached, 429, (long) (GUESSES - reached)), byStatus);
        attempt(user.email(), PASSWORD).statusCode(429); // and the owner waits like everyone else
    }

    /** Answers by status of {@link #GUESSES} wrong passwords sent together; -1 for no answer. */
    private static Map<Integer, Long> guessAllAtOnce(String email) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < GUESSES; i++) {
                String guess = "wrong guess " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt(email, guess).extract().statusCode();
                    } catch (RuntimeException e) {
                        return -1; // no answer (a timeout): counted, so the assertion shows it
                    }
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.gatehouse.auth.throttle;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.user.User;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First in the suite's chain: counts, per identifier of its domain, the attempts that got past the
 * throttle to the backends, and then passes ("not mine"). Every attempt the chain runs costs one
 * password hash (a backend's, or the chain's throwaway one), so this is the number of hashes an
 * attacker bought, counted outside the throttle so the throttle cannot misreport it.
 */
@ApplicationScoped
@Priority(400)
public class CountingTestBackend implements AuthenticationBackend {

    public static final String DOMAIN = "@counted.test";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public Optional<User> authenticate(Credentials credentials) {
        if (credentials.identifier().endsWith(DOMAIN)) {
            attempts.computeIfAbsent(credentials.identifier(), k -> new AtomicInteger()).incrementAndGet();
        }
        return Optional.empty();
    }

    /** How many attempts for {@code identifier} reached the backends. */
    public int attempts(String identifier) {
        AtomicInteger count = attempts.get(identifier);
        return count == null ? 0 : count.get();
    }
}

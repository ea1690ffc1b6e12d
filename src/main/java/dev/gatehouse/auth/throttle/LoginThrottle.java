package dev.gatehouse.auth.throttle;

import dev.gatehouse.auth.TokenError;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.auth.backend.AuthenticationChain;
import dev.gatehouse.auth.backend.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Password logins behind brute-force protection: a locked account or client address is refused with
 * 429 before any backend runs (no hash is computed, so a locked-out attacker costs almost nothing);
 * otherwise the chain decides and the outcome is counted and audited.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AuthenticationChain chain;
    private final ThrottleCounters counters;
    private final LoginOutcomes outcomes;
    private final ThrottleConfig config;
    private final Policy account;
    private final Policy ip;

    LoginThrottle(AuthenticationChain chain, ThrottleCounters counters, LoginOutcomes outcomes, ThrottleConfig config) {
        this.chain = chain;
        this.counters = counters;
        this.outcomes = outcomes;
        this.config = config;
        this.account = Policy.account(config);
        this.ip = Policy.ip(config);
    }

    /**
     * The chain's answer for these credentials, counted and audited.
     *
     * @throws TokenError 429 {@code temporarily_unavailable} with the wait when the account or address is locked
     */
    public Optional<Authenticated> authenticate(Credentials credentials, String clientId) {
        if (config.enabled()) {
            wait(credentials).ifPresent(wait -> {
                throw TokenError.throttled(seconds(wait));
            });
        }
        Optional<Authenticated> login = chain.authenticate(credentials);
        if (login.isPresent()) {
            outcomes.succeeded(credentials, login.get(), clientId);
        } else {
            outcomes.failed(credentials, clientId);
        }
        return login;
    }

    /** The longer of the account's and the address's remaining waits. */
    private Optional<Duration> wait(Credentials credentials) {
        Instant now = counters.now();
        Optional<Duration> forAccount = counters.find(ThrottleKey.account(credentials.identifier()))
                .flatMap(c -> account.remaining(c, now));
        Optional<Duration> forIp = credentials.clientIp() == null ? Optional.empty()
                : counters.find(ThrottleKey.ip(credentials.clientIp())).flatMap(c -> ip.remaining(c, now));
        return Stream.of(forAccount, forIp).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** Whole seconds, rounded up, so a client that waits exactly Retry-After is never early. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

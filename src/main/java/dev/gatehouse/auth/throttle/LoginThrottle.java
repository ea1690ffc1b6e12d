package dev.gatehouse.auth.throttle;

import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.user.PasswordCheckLimit;
import dev.gatehouse.user.User;
import dev.gatehouse.web.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Brute-force protection of password checks: each attempt is counted as a failure before its password is
 * checked, so a locked account or client address is refused before any backend runs (no hash is computed,
 * so a locked-out attacker costs almost nothing), and concurrent attempts cannot all slip past the limit;
 * the outcome then settles the count and is audited. The login sequence itself is {@code auth.LoginService}'s.
 */
@ApplicationScoped
public class LoginThrottle implements PasswordCheckLimit {

    private final ThrottleCounters counters;
    private final LoginOutcomes outcomes;
    private final Policy account;
    private final Policy ip;
    private final ClientAddress clientAddress;

    LoginThrottle(ThrottleCounters counters, LoginOutcomes outcomes, ThrottleConfig config,
            ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.counters = counters;
        this.outcomes = outcomes;
        this.account = Policy.account(config);
        this.ip = Policy.ip(config);
    }

    /**
     * Counts a login attempt as a failure before its password is checked, so concurrent attempts see each
     * other's counts; {@link #succeeded} or {@link #failed} settles it.
     *
     * @throws Lockout with the wait when the account or address is locked
     */
    public Attempt admit(Credentials credentials) {
        return begin(credentials.identifier(), credentials.clientIp())
                .orElseThrow(() -> new Lockout(waitSeconds(credentials.identifier(), credentials.clientIp())));
    }

    /** Clears the account's counters, takes back the address's count and audits the login. */
    public void succeeded(Attempt attempt, Authenticated login, String clientId) {
        outcomes.succeeded(attempt, login, clientId);
    }

    /** Audits the failure with the id of the user the identifier names ({@code null} for none); its count stays. */
    public void failed(Attempt attempt, UUID userId, String clientId) {
        outcomes.failed(attempt, userId, clientId);
    }

    /**
     * Runs {@code check} of the user's current password (a password change) as a login attempt of the
     * user's email: counted on the same account and address counters, refused while they are locked.
     *
     * @return the check's answer
     * @throws ProblemException 429 with {@code Retry-After} when the account or address is locked
     */
    @Override
    public boolean checkPassword(User user, String clientIp, BooleanSupplier check) {
        Attempt attempt = begin(user.email, clientIp).orElseThrow(() -> ProblemException.tooManyRequests(
                "Too many failed password checks; try again in %d seconds.", waitSeconds(user.email, clientIp)));
        boolean verified = check.getAsBoolean();
        if (verified) {
            outcomes.passwordConfirmed(attempt, user);
        } else {
            outcomes.passwordRefused(attempt, user.id);
        }
        return verified;
    }

    @Override
    public String clientAddress(HttpServerRequest http) {
        return clientAddress.of(http);
    }

    /** The counted attempt, or empty when the account or address is locked. */
    private Optional<Attempt> begin(String identifier, String clientIp) {
        try {
            return Optional.of(outcomes.begin(identifier, clientIp));
        } catch (Refused refused) {
            return Optional.empty();
        }
    }

    /** The longer of the account's and the address's remaining waits, read after the refused attempt rolled back. */
    private long waitSeconds(String identifier, String clientIp) {
        Instant now = counters.now();
        Optional<Duration> forAccount = counters.find(ThrottleKey.account(identifier))
                .flatMap(c -> account.remaining(c, now));
        Optional<Duration> forIp = clientIp == null ? Optional.empty()
                : counters.find(ThrottleKey.ip(clientIp)).flatMap(c -> ip.remaining(c, now));
        Duration wait = Stream.of(forAccount, forIp).flatMap(Optional::stream).max(Duration::compareTo)
                .orElse(Duration.ZERO); // the lock ended (or was lifted) since: one second is still right
        return seconds(wait);
    }

    /** Whole seconds, rounded up, so a client that waits exactly Retry-After is never early. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

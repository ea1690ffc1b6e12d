package dev.gatehouse.auth.throttle;

/**
 * The throttle's refusal of a login: the account or the client address is locked for {@code retryAfterSeconds}
 * more (whole seconds, at least one). The token endpoint answers it in its own terms (429
 * {@code temporarily_unavailable} with {@code Retry-After}); the throttle knows nothing of OAuth.
 */
public final class Lockout extends RuntimeException {

    private final long retryAfterSeconds;

    Lockout(long retryAfterSeconds) {
        super("Locked for " + retryAfterSeconds + " more seconds", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

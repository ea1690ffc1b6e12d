package dev.gatehouse.password;

/**
 * Every hashing permit stayed taken for {@code gatehouse.password.permit-wait}: the host is hashing as
 * many passwords as its cores and heap allow. Answered 503 with {@code Retry-After} (RFC 6749
 * {@code temporarily_unavailable} on the token endpoint), never a failed login: the password was not checked.
 */
public class HashingSaturated extends RuntimeException {

    private final long retryAfterSeconds;

    HashingSaturated(long retryAfterSeconds) {
        super("All password hashing permits are in use; try again shortly.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds a client should wait before trying again; at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

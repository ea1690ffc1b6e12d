package dev.gatehouse.auth.throttle;

/**
 * A password attempt already counted as a failure, waiting to be settled once the password is checked.
 * The counts are those this attempt reached (0 when not counted: throttling off, or no client address).
 */
public record Attempt(String identifier, String clientIp, int accountFailures, int ipFailures) {

    /** Whether the attempt was counted at all (it is not while throttling is off). */
    boolean counted() {
        return accountFailures > 0;
    }
}

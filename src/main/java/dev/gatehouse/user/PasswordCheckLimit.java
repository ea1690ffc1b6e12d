package dev.gatehouse.user;

import io.vertx.core.http.HttpServerRequest;
import java.util.function.BooleanSupplier;

/**
 * The brute-force limit on a user's check of their own current password (a password change), implemented by
 * the login throttle ({@code auth.throttle.LoginThrottle}), which sits above this package: a stolen access
 * token must not become an unlimited password oracle.
 */
public interface PasswordCheckLimit {

    /** The client address the limit counts for this request; null when unknown. */
    String clientAddress(HttpServerRequest http);

    /**
     * Runs {@code check} as a counted attempt of the user's email and the client address.
     *
     * @return the check's answer
     * @throws dev.gatehouse.web.ProblemException 429 with {@code Retry-After} while the account or address is locked
     */
    boolean checkPassword(User user, String clientIp, BooleanSupplier check);
}

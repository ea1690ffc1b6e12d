package dev.gatehouse.auth.backend;

import dev.gatehouse.user.User;
import java.util.Optional;

/**
 * One source of identities, asked in turn by the {@link AuthenticationChain} (Django's
 * {@code AUTHENTICATION_BACKENDS}). Implementations are {@code @ApplicationScoped} CDI beans with a
 * {@code @jakarta.annotation.Priority}: higher priorities are asked first; {@code DatabaseBackend}
 * has priority 0 so it comes last. {@code gatehouse.auth.backends} may name the backends to use, in order.
 *
 * <p>The contract of {@link #authenticate}: an empty Optional means "not mine, ask the next"; throwing
 * {@link AuthenticationDenied} means "stop and reject"; a user means success. Throwing
 * {@link BackendUnavailable} (or letting a connection failure escape: refused, timed out, pool exhausted)
 * means "this backend is down": the chain logs it, skips the backend and reports it to readiness. Any other
 * exception is read as "not mine" (input the backend cannot use, such as a NUL or an over-long login), so
 * no client input can take a backend out of readiness; a backend should answer such input empty itself.
 */
public interface AuthenticationBackend {

    /** The name used in {@code gatehouse.auth.backends}, the {@code auth_backend} claim and the logs. */
    String name();

    /**
     * Checks the credentials. Verify passwords through {@link Credentials#verify} so the chain knows a
     * hash ran (it otherwise hashes a throwaway value, so unknown users cost the same time); a backend that has
     * an external source check the password (a bind) says so with {@link Credentials#checkedElsewhere}.
     *
     * @throws AuthenticationDenied to reject the login without asking later backends
     * @throws BackendUnavailable     when the backend's source cannot be reached
     */
    Optional<User> authenticate(Credentials credentials);

    /**
     * Django's {@code user_can_authenticate}: whether this user may log in through this backend.
     * Default: only active users. The chain applies it to every user a backend returns; a backend does not.
     */
    default boolean canAuthenticate(User user) {
        return user.active;
    }

    /**
     * Called by the chain once {@link #canAuthenticate} admitted the user {@link #authenticate} returned, to
     * record the login (last login, a hash upgrade); a refused user never gets here. Default: nothing.
     * It fails like {@link #authenticate}: an exception here makes the login this backend's "not mine".
     */
    default void loggedIn(User user, Credentials credentials) {
    }
}

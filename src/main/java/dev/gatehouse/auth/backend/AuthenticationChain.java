package dev.gatehouse.auth.backend;

import dev.gatehouse.password.HashingSaturated;
import dev.gatehouse.user.User;
import dev.gatehouse.web.Failures;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Asks the enabled {@link AuthenticationBackend}s in order; the first user wins (Django's
 * {@code authenticate()}). Immutable after construction; the only state is which backends could not be
 * reached on their last call, for the readiness check. Input a backend cannot use never counts as that.
 */
public final class AuthenticationChain {

    private static final Logger LOG = Logger.getLogger(AuthenticationChain.class);

    private final List<AuthenticationBackend> backends;
    private final Consumer<String> defaultHasher;
    private final Map<String, String> failing = new ConcurrentHashMap<>();

    /**
     * @param backends      the backends to ask, in order
     * @param defaultHasher hashes a throwaway password when no backend ran a hash
     */
    public AuthenticationChain(List<AuthenticationBackend> backends, Consumer<String> defaultHasher) {
        this.backends = List.copyOf(backends);
        this.defaultHasher = defaultHasher;
    }

    /**
     * Picks and orders backends: all of {@code byPriority} (already in priority order) when
     * {@code configured} is empty, else exactly the configured names in their order.
     *
     * @throws IllegalStateException when a configured name matches no backend, so a typo fails at boot
     */
    public static List<AuthenticationBackend> select(List<AuthenticationBackend> byPriority, Optional<List<String>> configured) {
        if (configured.isEmpty() || configured.get().isEmpty()) {
            return byPriority;
        }
        Map<String, AuthenticationBackend> byName = new LinkedHashMap<>();
        byPriority.forEach(b -> byName.put(b.name(), b));
        List<AuthenticationBackend> chosen = new ArrayList<>();
        for (String name : configured.get()) {
            AuthenticationBackend backend = byName.get(name.strip());
            if (backend == null) {
                throw new IllegalStateException("gatehouse.auth.backends names an unknown backend '" + name
                        + "'; known: " + byName.keySet());
            }
            chosen.add(backend);
        }
        return chosen;
    }

    /** The first identity a backend vouches for, or empty; empty as well when a backend denied the login. */
    public Optional<Authenticated> authenticate(Credentials credentials) {
        try {
            for (AuthenticationBackend backend : backends) {
                Optional<User> user = ask(backend, credentials);
                if (user.isPresent()) {
                    return Optional.of(new Authenticated(user.get(), backend.name()));
                }
            }
            return Optional.empty();
        } catch (AuthenticationDenied denied) {
            LOG.infof("Login for %s denied by a backend: %s", credentials.identifier(), denied.getMessage());
            return Optional.empty();
        } finally {
            // hash a throwaway password when nothing checked the password, so timing does not reveal which identifiers exist
            if (!credentials.hashRan()) {
                defaultHasher.accept(credentials.password());
            }
        }
    }

    /**
     * The backend's user, when it is one the backend lets log in: the only place {@code canAuthenticate} is
     * applied, so no backend need (or may forget to) apply it itself; the backend then records the login.
     */
    private Optional<User> ask(AuthenticationBackend backend, Credentials credentials) {
        try {
            Optional<User> answer = backend.authenticate(credentials);
            Optional<User> user = answer == null ? Optional.empty() : answer.filter(backend::canAuthenticate);
            user.ifPresent(admitted -> backend.loggedIn(admitted, credentials));
            failing.remove(backend.name());
            return user;
        } catch (AuthenticationDenied denied) {
            failing.remove(backend.name());
            throw denied;
        } catch (HashingSaturated saturated) {
            throw saturated; // the host is busy, not the backend: the client is told to come back
        } catch (RuntimeException e) {
            // neither a backend that is down nor input it cannot use may turn another backend's user into a 500
            if (isUnreachable(e)) {
                failing.put(backend.name(), e.getClass().getName());
                LOG.warnf("Authentication backend %s failed for %s and was skipped: %s", backend.name(),
                        credentials.identifier(), redacted(e, credentials));
            } else {
                // not a readiness matter: a client could otherwise take a pod out of rotation with a NUL;
                // the login is left out of the line, as it is the hostile input (and may be megabytes long)
                LOG.warnf("Authentication backend %s could not use a login and read it as not its own: %s",
                        backend.name(), redacted(e, credentials));
            }
            return Optional.empty();
        }
    }

    /**
     * Whether the failure says the backend's source cannot be reached (refused, timed out, pool exhausted)
     * rather than that it refused this input: only that counts as "down".
     */
    static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BackendUnavailable || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
        }
        return Failures.isDatabaseUnavailable(e);
    }

    /** The exception's class and message, unless the message echoes the password (some drivers do). */
    private static String redacted(RuntimeException e, Credentials credentials) {
        String message = e.getMessage();
        if (message == null || message.contains(credentials.password())) {
            return e.getClass().getName();
        }
        return e.getClass().getName() + ": " + message;
    }

    /** Names of the backends in the order they are asked. */
    public List<String> names() {
        return backends.stream().map(AuthenticationBackend::name).toList();
    }

    /** Backends whose last call failed, by name, with the exception class; empty when all are well. */
    public Map<String, String> failing() {
        return Map.copyOf(failing);
    }
}

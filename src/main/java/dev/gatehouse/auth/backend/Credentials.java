package dev.gatehouse.auth.backend;

import dev.gatehouse.password.PasswordHashers;
import java.util.Objects;
import java.util.Optional;
import dev.gatehouse.user.User;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a client presented at login: an identifier (email or username), a password and the client's IP
 * (null when unknown). Not a record on purpose: it remembers whether any backend checked the password
 * (ran a hash, or had a directory check it by a bind), and its {@code toString()} never shows the password.
 */
public final class Credentials {

    private final String identifier;
    private final String password;
    private final String clientIp;
    private final AtomicBoolean passwordChecked = new AtomicBoolean();
    private final AtomicReference<Optional<User>> namedUser = new AtomicReference<>();

    public Credentials(String identifier, String password, String clientIp) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.password = Objects.requireNonNull(password, "password");
        this.clientIp = clientIp;
    }

    public String identifier() {
        return identifier;
    }

    public String password() {
        return password;
    }

    public String clientIp() {
        return clientIp;
    }

    /** Verifies the password against a stored hash and records that a hash ran. */
    public boolean verify(PasswordHashers hashers, String encoded) {
        passwordChecked.set(true);
        return hashers.verify(password, encoded);
    }

    /**
     * Records that a source outside Gatehouse checked the password (an LDAP bind): that round trip is this
     * attempt's cost, so the chain need not hash a throwaway value on top of it.
     */
    public void checkedElsewhere() {
        passwordChecked.set(true);
    }

    /** Whether some backend has already spent the time of checking a password on this attempt. */
    public boolean hashRan() {
        return passwordChecked.get();
    }

    /**
     * The local user the identifier names, found by {@code lookup} on the first call and remembered for this
     * attempt, so a backend and the failed login's audit share one query (see {@link AccountLookup}).
     */
    public Optional<User> namedUser(Function<String, Optional<User>> lookup) {
        Optional<User> known = namedUser.get();
        if (known == null) {
            known = lookup.apply(identifier);
            namedUser.set(known);
        }
        return known;
    }

    @Override
    public String toString() {
        return "Credentials[" + identifier + "]";
    }
}

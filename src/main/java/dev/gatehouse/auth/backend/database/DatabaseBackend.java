package dev.gatehouse.auth.backend.database;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.User;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Django's {@code ModelBackend}: the email (or username, when enabled) and the password hash stored on
 * the user. Always last, so external sources (LDAP, settings) decide first about identities they own.
 *
 * <p>No transaction spans the hash: the user is read in one, the password hashed with no connection held,
 * and the login recorded in another.
 */
@ApplicationScoped
@Priority(0)
public class DatabaseBackend implements AuthenticationBackend {

    public static final String NAME = "database";

    private final LocalAccounts accounts;
    private final PasswordHashers hashers;

    DatabaseBackend(LocalAccounts accounts, PasswordHashers hashers) {
        this.accounts = accounts;
        this.hashers = hashers;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Empty ("not mine") for an unknown user, a user another backend owns, a wrong password, an inactive user
     * and a login no column can hold; the chain then hashes a throwaway value where no hash ran.
     */
    @Override
    public Optional<User> authenticate(Credentials credentials) {
        Optional<User> found = accounts.find(credentials);
        // skipped without a hash: the chain then hashes a throwaway value, so this costs what an unknown user does
        if (found.isEmpty() || !ownsPassword(found.get())) {
            return Optional.empty();
        }
        User user = found.get();
        // an inactive user is refused by the chain after this hash, so it costs as much time as a wrong password
        return credentials.verify(hashers, user.password) ? Optional.of(user) : Optional.empty();
    }

    /** Sets {@code last_login} and re-hashes an outdated hash with the current default. */
    @Override
    public void loggedIn(User user, Credentials credentials) {
        String upgraded = hashers.mustUpdate(user.password) ? hashers.encode(credentials.password()) : null;
        user.lastLogin = OffsetDateTime.now();
        accounts.recordLogin(user.id, user.lastLogin, user.password, upgraded);
    }

    /**
     * Active users whose password this database owns. A user another backend provisioned (LDAP, settings)
     * must log in through that backend, so a database password set on them later never works.
     */
    @Override
    public boolean canAuthenticate(User user) {
        return user.active && ownsPassword(user);
    }

    private static boolean ownsPassword(User user) {
        return user.ownsLocalPassword();
    }
}

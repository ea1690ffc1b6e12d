package dev.gatehouse.auth.backend.database;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

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
    /** Where users whose password Gatehouse owns come from: the API (and registration) and the Django import. */
    private static final Set<String> LOCAL_SOURCES = Set.of("api", "import");

    private final LocalAccounts accounts;
    private final PasswordHashers hashers;
    private final boolean usernames;

    DatabaseBackend(LocalAccounts accounts, PasswordHashers hashers, LoginConfig config) {
        this.accounts = accounts;
        this.hashers = hashers;
        this.usernames = config.identifiers().contains("username");
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
        if (!storable(credentials.identifier())) {
            return Optional.empty();
        }
        Optional<User> found = accounts.find(credentials.identifier(), usernames);
        // skipped without a hash: the chain then hashes a throwaway value, so this costs what an unknown user does
        if (found.isEmpty() || !ownsPassword(found.get())) {
            return Optional.empty();
        }
        User user = found.get();
        // checked after the hash, so an inactive account costs as much time as a wrong password
        if (!credentials.verify(hashers, user.password) || !canAuthenticate(user)) {
            return Optional.empty();
        }
        String upgraded = hashers.mustUpdate(user.password) ? hashers.encode(credentials.password()) : null;
        user.lastLogin = OffsetDateTime.now();
        accounts.recordLogin(user.id, user.lastLogin, user.password, upgraded);
        return Optional.of(user);
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
        return LOCAL_SOURCES.contains(user.provisionedBy);
    }

    /**
     * Whether any user could have this login: no email or username is longer than an email column, and
     * PostgreSQL text cannot hold a NUL (it would refuse the query, which is no outage of the database).
     */
    private static boolean storable(String identifier) {
        return identifier.length() <= Emails.MAX_LENGTH && identifier.indexOf('\0') < 0;
    }
}

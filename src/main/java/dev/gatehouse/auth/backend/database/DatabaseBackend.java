package dev.gatehouse.auth.backend.database;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Django's {@code ModelBackend}: the email (or username, when enabled) and the password hash stored on
 * the user. Always last, so external sources (LDAP, settings) decide first about identities they own.
 */
@ApplicationScoped
@Priority(0)
public class DatabaseBackend implements AuthenticationBackend {

    public static final String NAME = "database";
    /** Where users whose password Gatehouse owns come from: the API (and registration) and the Django import. */
    private static final Set<String> LOCAL_SOURCES = Set.of("api", "import");

    private final UserLookup lookup;
    private final PasswordHashers hashers;
    private final boolean usernames;

    DatabaseBackend(UserLookup lookup, PasswordHashers hashers, LoginConfig config) {
        this.lookup = lookup;
        this.hashers = hashers;
        this.usernames = config.identifiers().contains("username");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Empty for an unknown user or a wrong password; the chain then hashes a throwaway value. */
    @Override
    @Transactional
    public Optional<User> authenticate(Credentials credentials) {
        Optional<User> found = find(credentials.identifier());
        if (found.isEmpty() || !credentials.verify(hashers, found.get().password) || !canAuthenticate(found.get())) {
            return Optional.empty();
        }
        User user = found.get();
        user.lastLogin = OffsetDateTime.now();
        if (hashers.mustUpdate(user.password)) {
            // a hash upgrade is not a password change: only the password column is rewritten
            user.password = hashers.encode(credentials.password());
        }
        return Optional.of(user);
    }

    /**
     * Active users whose password this database owns. A user another backend provisioned (LDAP, settings)
     * must log in through that backend, so a database password set on them later never works.
     */
    @Override
    public boolean canAuthenticate(User user) {
        return user.active && LOCAL_SOURCES.contains(user.provisionedBy);
    }

    private Optional<User> find(String identifier) {
        Optional<User> byEmail = identifier.contains("@") ? lookup.findByEmail(identifier) : Optional.empty();
        if (byEmail.isPresent() || !usernames) {
            return byEmail;
        }
        return User.find("lower(username) = lower(?1)", identifier).firstResultOptional();
    }
}

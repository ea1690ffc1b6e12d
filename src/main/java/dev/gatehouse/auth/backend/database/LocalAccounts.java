package dev.gatehouse.auth.backend.database;

import dev.gatehouse.auth.backend.AccountLookup;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The database backend's reads and writes, each its own short transaction: a login hashes between them, and
 * a pooled connection held through a hash (or the wait for a hashing permit) would let a burst of logins
 * starve every other endpoint of connections.
 */
@ApplicationScoped
class LocalAccounts implements AccountLookup {

    private final UserLookup lookup;
    private final boolean usernames;

    LocalAccounts(UserLookup lookup, LoginConfig config) {
        this.lookup = lookup;
        this.usernames = config.identifiers().contains("username");
    }

    @Override
    public Optional<User> find(Credentials credentials) {
        return credentials.namedUser(this::find);
    }

    /** The user by email, or by username when {@code gatehouse.login.identifiers} names it; detached once this returns. */
    @Transactional
    Optional<User> find(String identifier) {
        if (!storable(identifier)) {
            return Optional.empty();
        }
        Optional<User> byEmail = identifier.contains("@") ? lookup.findByEmail(identifier) : Optional.empty();
        if (byEmail.isPresent() || !usernames) {
            return byEmail;
        }
        return User.find("lower(username) = lower(?1)", identifier).firstResultOptional();
    }

    /**
     * Whether any user could have this login: no email or username is longer than an email column, and
     * PostgreSQL text cannot hold a NUL (it would refuse the query, which is no outage of the database).
     */
    private static boolean storable(String identifier) {
        return identifier.length() <= Emails.MAX_LENGTH && identifier.indexOf('\0') < 0;
    }

    /**
     * Records a login and, when {@code upgradedHash} is set, replaces the hash that just verified. The upgrade
     * only applies while the stored hash is still {@code verifiedHash}, so a password changed meanwhile wins.
     */
    @Transactional
    void recordLogin(UUID userId, OffsetDateTime at, String verifiedHash, String upgradedHash) {
        User.update("lastLogin = ?1 where id = ?2", at, userId);
        if (upgradedHash != null) {
            // a hash upgrade is not a password change: only the password column is rewritten
            User.update("password = ?1 where id = ?2 and password = ?3", upgradedHash, userId, verifiedHash);
        }
    }
}

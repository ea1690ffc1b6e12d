package dev.gatehouse.auth.backend;

import dev.gatehouse.user.User;
import java.util.Optional;

/**
 * The local user a login's identifier names (by email, or by username when {@code gatehouse.login.identifiers}
 * allows it), looked up at most once per login attempt: the database backend checks its password against it,
 * and a failed login audits its id. Implemented by the database backend's accounts, which own that setting.
 */
public interface AccountLookup {

    /** The named user, detached; the same answer for the same {@link Credentials}, from one query. */
    Optional<User> find(Credentials credentials);
}

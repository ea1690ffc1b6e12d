package dev.gatehouse.auth.backend.ldap;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.user.User;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Authenticates against an LDAP directory by binding as the user, like django-auth-ldap; inert unless
 * {@code gatehouse.backends.ldap.url} is set. Asked after the settings backend and before the database.
 *
 * <p>Contract: empty for "not mine" (disabled, blank password, unknown login, wrong password, email owned
 * by a local user, a login the directory cannot use as a name), so the next backend is asked; a user on success; {@link DirectoryUnavailable} when the
 * directory cannot answer, which the chain logs, skips and reports to readiness. It never throws
 * {@code AuthenticationDenied}.
 */
@ApplicationScoped
@Priority(50)
public class LdapBackend implements AuthenticationBackend {

    public static final String NAME = "ldap";
    /** Longer logins are no one's; refusing them early keeps absurd input away from the directory. */
    private static final int MAX_LOGIN_LENGTH = 256;

    private final LdapConnections connections;
    private final LdapDirectory directory;
    private final LdapProvisioning provisioning;
    private final GroupMapper groups;

    LdapBackend(LdapConnections connections, LdapDirectory directory, LdapProvisioning provisioning, LdapConfig config) {
        this.connections = connections;
        this.directory = directory;
        this.provisioning = provisioning;
        this.groups = new GroupMapper(config.groupMapping());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<User> authenticate(Credentials credentials) {
        String login = credentials.identifier().strip();
        if (!connections.enabled() || login.isEmpty() || login.length() > MAX_LOGIN_LENGTH || !nameable(login)) {
            return Optional.empty();
        }
        // RFC 4513 5.1.2: a simple bind with a DN and an empty password is an anonymous bind that many
        // servers answer with success, so it must never reach the directory as a login
        if (credentials.password().isBlank()) {
            return Optional.empty();
        }
        Optional<LdapAccount> account = directory.verify(login, credentials.password());
        // the directory bound (as the user, or as nobody for an unknown login): no throwaway hash is needed
        credentials.checkedElsewhere();
        return account.flatMap(a -> provisioning.sync(a, groups.managed(), groups.map(a.groupDns())));
    }

    /**
     * No directory entry is named with a control character (NUL included) or half a UTF-16 pair, which
     * cannot even be encoded as the UTF-8 LDAP sends: such a login is no one's here, answered before the network.
     */
    private static boolean nameable(String login) {
        return login.codePoints().noneMatch(c -> Character.isISOControl(c) || (c >= Character.MIN_SURROGATE
                && c <= Character.MAX_SURROGATE));
    }
}

package dev.gatehouse.auth.backend.ldap;

import dev.gatehouse.permission.GrantService;
import dev.gatehouse.user.UserProvisioning;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Creates or refreshes the local user of an LDAP person and syncs its mapped groups, in one transaction.
 * Local users are matched by {@code (provisioned_by = 'ldap', external_id)}, never by email alone, so an
 * LDAP entry cannot take over a local account that happens to share its email.
 */
@ApplicationScoped
class LdapProvisioning {

    private static final Logger LOG = Logger.getLogger(LdapProvisioning.class);

    private final UserLookup lookup;
    private final UserProvisioning provisioning;
    private final GrantService grants;
    private final boolean emailVerified;
    private final Set<String> warnedGroups = ConcurrentHashMap.newKeySet();

    LdapProvisioning(UserLookup lookup, UserProvisioning provisioning, GrantService grants, LdapConfig config) {
        this.lookup = lookup;
        this.emailVerified = config.emailVerified();
        this.provisioning = provisioning;
        this.grants = grants;
    }

    /**
     * The local user for {@code account}, created on the first login; empty when its email belongs to a
     * user another source owns.
     *
     * @param managed the Gatehouse groups LDAP owns; {@code member} those of them the user belongs to
     */
    @Transactional
    public Optional<User> sync(LdapAccount account, Set<String> managed, Set<String> member) {
        // concurrent first logins of one person wait here, then find the user the first one created
        Panache.getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as text)")
                .setParameter(1, "ldap:" + account.externalId()).getSingleResult();
        Optional<User> existing = User.find("provisionedBy = ?1 and externalId = ?2", LdapBackend.NAME,
                account.externalId()).firstResultOptional();
        if (existing.isEmpty() && lookup.emailTaken(account.email())) {
            LOG.warnf("LDAP login of %s refused: %s belongs to a user not provisioned by LDAP", account.dn(), account.email());
            return Optional.empty();
        }
        User user = existing.map(u -> refresh(u, account)).orElseGet(() -> create(account));
        user.lastLogin = OffsetDateTime.now();
        syncGroups(user, managed, member);
        return Optional.of(user);
    }

    private User create(LdapAccount account) {
        User user = provisioning.provision(LdapBackend.NAME, Emails.normalize(account.email()), u -> {
            u.firstName = account.firstName();
            u.lastName = account.lastName();
            u.externalId = account.externalId();
            u.emailVerified = emailVerified;
        });
        Panache.getEntityManager().flush();
        LOG.infof("Provisioned user %s from LDAP entry %s", user.id, account.dn());
        return user;
    }

    private User refresh(User user, LdapAccount account) {
        String email = Emails.normalize(account.email());
        if (!email.equalsIgnoreCase(user.email) && lookup.emailTaken(email)) {
            LOG.warnf("LDAP email of user %s changed to %s, which another user has; keeping %s", user.id, email, user.email);
        } else {
            user.email = email;
        }
        user.firstName = account.firstName();
        user.lastName = account.lastName();
        user.emailVerified = emailVerified;
        return user;
    }

    /** Adds the mapped groups the user is in and removes the other mapped ones; unmapped groups stay as they are. */
    private void syncGroups(User user, Set<String> managed, Set<String> member) {
        Set<String> unknown = grants.unknownGroups(managed);
        unknown.stream().filter(warnedGroups::add).forEach(name ->
                LOG.warnf("group-mapping names Gatehouse group %s, which does not exist; create it to use it", name));
        Set<String> existing = new HashSet<>(managed);
        existing.removeAll(unknown);
        for (String group : existing) {
            if (member.contains(group)) {
                grants.join(user.id, group);
            } else {
                grants.leave(user.id, group);
            }
        }
    }
}

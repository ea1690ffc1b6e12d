package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Verifies a login against the directory by binding as the user (DN template or search-then-bind) and
 * reads the person's attributes and groups. Answers empty for "no such person or wrong password" and
 * throws {@link DirectoryUnavailable} when the directory cannot answer.
 */
@Startup // so a configuration mistake fails the boot
@ApplicationScoped
class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class);
    /**
     * Results that mean "the directory cannot be reached or is in trouble" (refused, timed out, no pooled
     * connection came free, TLS failed, busy). Every other result (invalid DN syntax, a filter or name the
     * server refuses, no such object, invalid credentials) is about this login, so it answers "not mine":
     * no login may take the directory out of readiness.
     */
    private static final Set<ResultCode> TROUBLE = Set.of(ResultCode.SERVER_DOWN, ResultCode.CONNECT_ERROR,
            ResultCode.TIMEOUT, ResultCode.LOCAL_ERROR, ResultCode.BUSY, ResultCode.UNAVAILABLE,
            ResultCode.OPERATIONS_ERROR, ResultCode.OTHER);

    private final LdapConfig config;
    private final LdapConnections connections;
    private final String[] attributes;

    LdapDirectory(LdapConfig config, LdapConnections connections) {
        this.config = config;
        this.connections = connections;
        this.attributes = new String[] {config.idAttribute(), config.emailAttribute(), config.firstNameAttribute(),
                config.lastNameAttribute(), config.memberOfAttribute()};
        if (config.url().isPresent() && config.userDnTemplate().isPresent() == config.baseDn().isPresent()) {
            throw new IllegalStateException("gatehouse.backends.ldap: set exactly one of user-dn-template and base-dn");
        }
        config.baseDn().ifPresent(dn -> LdapQueries.requireDn("base-dn", dn));
        config.groupBaseDn().ifPresent(dn -> LdapQueries.requireDn("group-base-dn", dn));
        config.userDnTemplate().ifPresent(t -> LdapQueries.userDn(t, "check"));
    }

    /** The person, when the directory accepts this password for this login. */
    Optional<LdapAccount> verify(String login, String password) {
        try {
            SearchResultEntry found = config.baseDn().isPresent() ? findUser(login) : null;
            if (config.baseDn().isPresent() && found == null) {
                bindAsNobody();
                return Optional.empty();
            }
            String dn = found != null ? found.getDN() : LdapQueries.userDn(config.userDnTemplate().get(), login);
            try (LDAPConnection connection = connections.forUserBind()) {
                if (!bind(connection, dn, password)) {
                    return Optional.empty();
                }
                // in template mode only the user may be allowed to read their own entry and groups
                LDAPInterface reader = found != null ? connections.pool() : connection;
                Entry entry = found != null ? found : connection.getEntry(dn, attributes);
                return entry == null ? Optional.empty() : account(reader, entry, login);
            }
        } catch (LDAPException e) {
            if (TROUBLE.contains(e.getResultCode())) {
                throw new DirectoryUnavailable(e);
            }
            LOG.debugf("LDAP refused a login as a name: %s", e.getResultCode().getName());
            return Optional.empty();
        }
    }

    private SearchResultEntry findUser(String login) throws LDAPException {
        SearchRequest request = new SearchRequest(config.baseDn().get(), SearchScope.SUB,
                LdapQueries.filter(config.userFilter(), login, null), attributes);
        request.setSizeLimit(2);
        List<SearchResultEntry> entries;
        try {
            entries = connections.pool().search(request).getSearchEntries();
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw e;
            }
            entries = List.of();
            LOG.warnf("LDAP user filter matches several entries for login %s; refusing it", login);
        }
        return entries.size() == 1 ? entries.get(0) : null;
    }

    /**
     * The connection, TLS handshake and bind a found login costs, for a name that cannot exist and a
     * throwaway password (never the one typed), so timing does not reveal which uids the directory holds.
     */
    private void bindAsNobody() throws LDAPException {
        String nobody = new RDN("cn", "gatehouse-nobody-" + UUID.randomUUID()) + "," + config.baseDn().get();
        try (LDAPConnection connection = connections.forUserBind()) {
            bind(connection, nobody, UUID.randomUUID().toString());
        }
    }

    /** False for a refused bind; throws for a directory in trouble. */
    private static boolean bind(LDAPConnection connection, String dn, String password) throws LDAPException {
        try {
            connection.bind(new SimpleBindRequest(dn, password));
            return true;
        } catch (LDAPException e) {
            if (TROUBLE.contains(e.getResultCode())) {
                throw e;
            }
            LOG.debugf("LDAP bind refused for %s: %s", dn, e.getResultCode().getName());
            return false;
        }
    }

    private Optional<LdapAccount> account(LDAPInterface reader, Entry entry, String login) throws LDAPException {
        String email = entry.getAttributeValue(config.emailAttribute());
        if (email == null || email.isBlank()) {
            LOG.warnf("LDAP entry %s has no %s attribute; a Gatehouse user needs an email", entry.getDN(),
                    config.emailAttribute());
            return Optional.empty();
        }
        String id = entry.getAttributeValue(config.idAttribute());
        return Optional.of(new LdapAccount(id != null ? id : entry.getParsedDN().toNormalizedString(), entry.getDN(),
                email, orEmpty(entry.getAttributeValue(config.firstNameAttribute())),
                orEmpty(entry.getAttributeValue(config.lastNameAttribute())), groups(reader, entry, login)));
    }

    private Set<String> groups(LDAPInterface reader, Entry entry, String login) throws LDAPException {
        if (config.groupBaseDn().isEmpty()) {
            String[] values = entry.getAttributeValues(config.memberOfAttribute());
            return values == null ? Set.of() : Set.copyOf(Arrays.asList(values));
        }
        SearchResult result = reader.search(new SearchRequest(config.groupBaseDn().get(), SearchScope.SUB,
                LdapQueries.filter(config.groupFilter(), login, entry.getDN()), "1.1"));
        Set<String> dns = new HashSet<>();
        result.getSearchEntries().forEach(group -> dns.add(group.getDN()));
        return dns;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

/**
 * Puts a login into DN templates and search filters with the escaping each needs, so characters such as
 * {@code *}, {@code (}, {@code )}, {@code \}, NUL, {@code ,}, {@code +} and {@code =} stay part of the value
 * and cannot widen a filter (RFC 4515) or reach another entry (RFC 4514).
 */
final class LdapQueries {

    private LdapQueries() {}

    /**
     * The DN of {@code template} (whose first RDN is {@code attr={0}}) for this login; the value is escaped
     * by building the RDN from attribute and value rather than by string substitution.
     *
     * @throws IllegalArgumentException when the template's first RDN is not {@code attr={0}}
     */
    static String userDn(String template, String login) {
        int eq = template.indexOf('=');
        int comma = template.indexOf(',');
        if (eq < 1 || comma < eq || !template.substring(eq + 1, comma).strip().equals("{0}")) {
            throw new IllegalArgumentException("gatehouse.backends.ldap.user-dn-template must start with attr={0},");
        }
        RDN first = new RDN(template.substring(0, eq).strip(), login);
        return first + template.substring(comma);
    }

    /** {@code filter} with {@code {0}} replaced by the escaped login and {@code {dn}} by the escaped DN. */
    static Filter filter(String filter, String login, String dn) throws LDAPException {
        String expanded = filter.replace("{0}", Filter.encodeValue(login));
        if (dn != null) {
            expanded = expanded.replace("{dn}", Filter.encodeValue(dn));
        }
        return Filter.create(expanded);
    }

    /** Checks at start-up that a configured DN parses, so a typo fails the boot, not the first login. */
    static void requireDn(String key, String value) {
        try {
            new DN(value);
        } catch (LDAPException e) {
            throw new IllegalStateException("gatehouse.backends.ldap." + key + " is not a DN: " + e.getMessage(), e);
        }
    }
}

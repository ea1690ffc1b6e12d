package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import dev.gatehouse.permission.RoleNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps LDAP group DNs to Gatehouse group names through {@code group-mapping}. A key with {@code =} is a DN
 * (compared normalized, so case and spacing do not matter); any other key is a cn, compared ignoring case.
 */
final class GroupMapper {

    private final Map<String, String> byDn = new HashMap<>();
    private final Map<String, String> byCn = new HashMap<>();
    private final Set<String> managed;

    /** @throws IllegalStateException for a malformed DN key or a group name reserved for a role, failing the boot */
    GroupMapper(Map<String, String> mapping) {
        mapping.forEach((key, group) -> {
            if (RoleNames.isReserved(group)) {
                // members of a group named like a role would get that role in every token (see RoleNames)
                throw new IllegalStateException("gatehouse.backends.ldap.group-mapping maps " + key + " to " + group
                        + ", a name reserved for a role in the tokens' groups claim (staff, superuser)");
            }
            if (key.contains("=")) {
                byDn.put(normalized(key), group);
            } else {
                byCn.put(key.toLowerCase(Locale.ROOT), group);
            }
        });
        this.managed = Set.copyOf(mapping.values());
    }

    /** The Gatehouse groups LDAP owns: a login adds the user to those it maps to and removes the rest. */
    Set<String> managed() {
        return managed;
    }

    /** The Gatehouse groups these LDAP groups map to; unmapped or malformed DNs are ignored. */
    Set<String> map(Collection<String> groupDns) {
        Set<String> groups = new TreeSet<>();
        for (String dn : groupDns) {
            String byFullDn = byDn.get(normalizedOrNull(dn));
            String group = byFullDn != null ? byFullDn : byCn.get(cn(dn));
            if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String cn(String dn) {
        try {
            String[] values = new DN(dn).getRDN().getAttributeValues();
            return values.length == 0 ? null : values[0].toLowerCase(Locale.ROOT);
        } catch (LDAPException | NullPointerException e) {
            return null;
        }
    }

    private static String normalized(String dn) {
        String n = normalizedOrNull(dn);
        if (n == null) {
            throw new IllegalStateException("gatehouse.backends.ldap.group-mapping key is not a DN: " + dn);
        }
        return n;
    }

    private static String normalizedOrNull(String dn) {
        try {
            return DN.normalize(dn);
        } catch (LDAPException e) {
            return null;
        }
    }
}

package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Named builder for people in the test directory: {@code aPerson().inGroups("engineers").addTo(server)}. */
final class LdapPerson {

    private String uid = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private String mail = uid + "@ldap.example.org";
    private String password;
    private final List<String> groups = new ArrayList<>();

    static LdapPerson aPerson() {
        return new LdapPerson();
    }

    LdapPerson withUid(String newUid) {
        uid = newUid;
        return this;
    }

    LdapPerson withPassword(String newPassword) {
        password = newPassword;
        return this;
    }

    LdapPerson withMail(String newMail) {
        mail = newMail;
        return this;
    }

    LdapPerson withoutMail() {
        mail = null;
        return this;
    }

    LdapPerson inGroups(String... cns) {
        groups.addAll(List.of(cns));
        return this;
    }

    String uid() {
        return uid;
    }

    String mail() {
        return mail;
    }

    String password() {
        return password != null ? password : uid + "-ldap-password";
    }

    String dn() {
        return "uid=" + uid + ",ou=people," + LdapTestServer.BASE;
    }

    static String groupDn(String cn) {
        return "cn=" + cn + ",ou=groups," + LdapTestServer.BASE;
    }

    /** Adds the entry, with memberOf values and member values on the group entries that exist. */
    LdapPerson addTo(InMemoryDirectoryServer server) throws LDAPException {
        Entry entry = new Entry(dn());
        entry.addAttribute("objectClass", "top", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", "Test " + uid);
        entry.addAttribute("givenName", "Test");
        entry.addAttribute("sn", "Person");
        entry.addAttribute("userPassword", password());
        if (mail != null) {
            entry.addAttribute("mail", mail);
        }
        groups.forEach(cn -> entry.addAttribute("memberOf", groupDn(cn)));
        server.add(entry);
        for (String cn : groups) {
            if (server.getEntry(groupDn(cn)) != null) {
                server.modify(groupDn(cn), new Modification(ModificationType.ADD, "member", dn()));
            }
        }
        return this;
    }

    /** Removes the person from a group on both sides (memberOf and member). */
    void leave(InMemoryDirectoryServer server, String cn) throws LDAPException {
        server.modify(dn(), new Modification(ModificationType.DELETE, "memberOf", groupDn(cn)));
        if (server.getEntry(groupDn(cn)) != null) {
            server.modify(groupDn(cn), new Modification(ModificationType.DELETE, "member", dn()));
        }
    }

    void replace(InMemoryDirectoryServer server, String attribute, String value) throws LDAPException {
        server.modify(dn(), new Modification(ModificationType.REPLACE, attribute, value));
    }
}

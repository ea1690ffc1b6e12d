package dev.gatehouse.auth.backend.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import org.junit.jupiter.api.Test;

/** Escaping of logins in DN templates (RFC 4514) and filters (RFC 4515), in plain JUnit. */
class LdapQueriesTest {

    private static final String TEMPLATE = "uid={0},ou=people,dc=example,dc=org";

    @Test
    void dnTemplateKeepsSpecialCharactersInsideTheFirstRdnValue() throws LDAPException {
        for (String login : new String[] {"ada,ou=admins", "ada+cn=x", "a=b", "a\\b", "#ada", " ada ", "a\u0000b", "*"}) {
            DN dn = new DN(LdapQueries.userDn(TEMPLATE, login));
            assertEquals(login, dn.getRDN().getAttributeValues()[0], "value of " + dn);
            assertEquals(1, dn.getRDN().getAttributeNames().length);
            assertEquals(new DN("ou=people,dc=example,dc=org"), dn.getParent());
        }
    }

    @Test
    void filterValuesAreEscaped() throws LDAPException {
        Filter filter = LdapQueries.filter("(&(objectClass=person)(uid={0}))", "*)(uid=*\\\u0000", null);
        assertEquals("(&(objectClass=person)(uid=\\2a\\29\\28uid=\\2a\\5c\\00))", filter.toString());
        assertEquals(Filter.createEqualityFilter("member", "uid=a\\,b,dc=x"),
                LdapQueries.filter("(member={dn})", "ignored", "uid=a\\,b,dc=x"));
    }

    @Test
    void templateWhoseFirstRdnIsNotThePlaceholderFailsAtBoot() {
        assertThrows(IllegalArgumentException.class, () -> LdapQueries.userDn("ou=people,uid={0}", "ada"));
        assertThrows(IllegalArgumentException.class, () -> LdapQueries.userDn("uid={0}", "ada"));
    }
}

package dev.gatehouse.auth.backend.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** LDAP group DNs to Gatehouse groups, by full DN or by cn. */
class GroupMapperTest {

    private final GroupMapper mapper = new GroupMapper(Map.of(
            "Engineers", "engineering",
            "CN=Admins, OU=Groups, DC=example, DC=org", "admins"));

    @Test
    void mapsByCnIgnoringCaseAndByNormalizedDn() {
        assertEquals(Set.of("engineering", "admins"), mapper.map(List.of(
                "cn=engineers,ou=teams,dc=example,dc=org", "cn=admins,ou=groups,dc=example,dc=org")));
    }

    @Test
    void mappingToAGroupNamedLikeATokenRoleFailsTheBoot() {
        for (String reserved : List.of("superuser", "Staff", " SUPERUSER")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new GroupMapper(Map.of("Admins", reserved)));
            assertTrue(refused.getMessage().contains("reserved"), refused.getMessage());
        }
    }

    @Test
    void unmappedAndMalformedGroupsAreIgnored() {
        assertEquals(Set.of(), mapper.map(List.of("cn=admins,ou=other,dc=example,dc=org", "cn=x,dc=org", "not a dn")));
        assertEquals(Set.of("engineering", "admins"), mapper.managed());
    }
}

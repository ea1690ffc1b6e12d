package dev.gatehouse.auth.backend.ldap;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** LDAP on, search-then-bind with a service account, group search, and StartTLS with a test trust store. */
public class LdapSearchProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LdapTestServer.class, Map.of("mode", "search")));
    }
}

package dev.gatehouse.auth.backend.ldap;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** LDAP on, DN-template mode with memberOf; only tests with this profile see it. */
public class LdapTemplateProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LdapTestServer.class, Map.of("mode", "template")));
    }
}

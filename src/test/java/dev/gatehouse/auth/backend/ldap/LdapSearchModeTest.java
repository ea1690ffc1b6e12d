package dev.gatehouse.auth.backend.ldap;

import static dev.gatehouse.auth.backend.ldap.LdapLogins.claims;
import static dev.gatehouse.auth.backend.ldap.LdapLogins.refused;
import static dev.gatehouse.auth.backend.ldap.LdapPerson.aPerson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.permission.GroupService;
import dev.gatehouse.testsupport.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search-then-bind with a service account, groups found by a group search, every connection upgraded with
 * StartTLS and checked against a test trust store (host name included).
 */
@QuarkusTest
@TestProfile(LdapSearchProfile.class)
class LdapSearchModeTest {

    @LdapServer
    InMemoryDirectoryServer server;

    /** Binds the directory answered for anyone but the service account. */
    @LdapServer
    AtomicInteger userBinds;

    @Inject
    GroupService groups;

    @Inject
    LdapBackend backend;

    @BeforeEach
    void groupsExist() {
        LdapLogins.createMappedGroups();
    }

    private List<String> groupsOf(String userId) {
        return groups.groupNames(UUID.fromString(userId), 100).stream().sorted().toList();
    }

    @Test
    void loginByUidOrMailOverStartTlsProvisionsWithSearchedGroups() throws Exception {
        LdapPerson person = aPerson().inGroups("engineers", "everyone").addTo(server);
        JsonPath byUid = claims(person.uid(), person.password());
        assertEquals("ldap", byUid.getString("auth_backend"));
        assertEquals(byUid.getString("sub"), claims(person.mail(), person.password()).getString("sub"));
        assertEquals(List.of("ldap-engineers", "ldap-everyone"), groupsOf(byUid.getString("sub")));
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'ldap' }.status", equalTo("UP"));
    }

    @Test
    void groupRemovedInTheDirectoryIsLeftOnTheNextLogin() throws Exception {
        LdapPerson person = aPerson().inGroups("engineers", "everyone").addTo(server);
        String id = claims(person.uid(), person.password()).getString("sub");
        person.leave(server, "everyone");
        claims(person.uid(), person.password());
        assertEquals(List.of("ldap-engineers"), groupsOf(id));
    }

    @Test
    void filterInjectionNeverMatchesAnotherEntry() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        String prefix = person.uid().substring(0, 4);
        // unescaped, each of these would match the person (or everyone) and the bind would succeed
        for (String login : List.of("*", prefix + "*", person.uid() + ")(uid=*", "*)(|(uid=*", "*)(objectClass=*",
                person.uid() + "\\2a", person.uid() + "\u0000", "\\")) {
            refused(login, person.password());
        }
        claims(person.uid(), person.password());
    }

    @Test
    void unknownLoginAndWrongPasswordAreNotMine() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        assertTrue(backend.authenticate(new Credentials("nobody-" + UUID.randomUUID(), "whatever-password", null)).isEmpty());
        assertTrue(backend.authenticate(new Credentials(person.uid(), "wrong-password", null)).isEmpty());
        assertTrue(backend.authenticate(new Credentials(person.uid(), "", null)).isEmpty());
    }

    @Test
    void loginsTheDirectoryCannotUseAreNotMineAndNeverMarkItDown() {
        // readiness after each one: the next clean login would clear a backend marked down
        for (String login : LdapLogins.HOSTILE_LOGINS) {
            refused(login, "some password");
            LdapLogins.noBackendMarkedDown(login);
            refused(login + "@example.org", "some password");
            LdapLogins.noBackendMarkedDown(login + "@example.org");
        }
    }

    @Test
    void anUnknownUidCostsTheDirectoryTheSameBindAsAWrongPassword() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        int before = userBinds.get();
        refused(person.uid(), "wrong password");
        int forWrongPassword = userBinds.get() - before;
        before = userBinds.get();
        refused("nobody-" + UUID.randomUUID(), "wrong password");
        assertEquals(1, forWrongPassword);
        assertEquals(forWrongPassword, userBinds.get() - before,
                "an unknown uid must cost the same connection and bind as a wrong password");
    }
}

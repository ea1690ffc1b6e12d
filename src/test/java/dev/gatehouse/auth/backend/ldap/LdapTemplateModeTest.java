package dev.gatehouse.auth.backend.ldap;

import static dev.gatehouse.auth.backend.ldap.LdapLogins.claims;
import static dev.gatehouse.auth.backend.ldap.LdapLogins.refused;
import static dev.gatehouse.auth.backend.ldap.LdapPerson.aPerson;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import dev.gatehouse.auth.backend.AuthenticationChain;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.permission.GroupService;
import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LDAP backend in DN-template mode (memberOf groups) against a real in-memory directory, over HTTP. */
@QuarkusTest
@TestProfile(LdapTemplateProfile.class)
class LdapTemplateModeTest {

    @LdapServer
    InMemoryDirectoryServer server;

    @Inject
    GroupService groups;

    @Inject
    LdapBackend backend;

    @Inject
    AuthenticationChain chain;

    @BeforeEach
    void groupsExist() {
        LdapLogins.createMappedGroups();
    }

    private List<String> groupsOf(String userId) {
        return groups.groupNames(UUID.fromString(userId), 100);
    }

    @Test
    void firstLoginProvisionsTheUserWithProfileAndMappedGroups() throws Exception {
        LdapPerson person = aPerson().inGroups("engineers", "everyone", "admins", "unmapped").addTo(server);
        JsonPath claims = claims(person.uid(), person.password());
        assertEquals("ldap", claims.getString("auth_backend"));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + claims.getString("sub"))
                .then().statusCode(200)
                .body("email", equalTo(person.mail())).body("first_name", equalTo("Test")).body("last_name", equalTo("Person"))
                .body("provisioned_by", equalTo("ldap")).body("has_usable_password", equalTo(false))
                // the directory vouches for its mail addresses (gatehouse.backends.ldap.email-verified defaults to true)
                .body("email_verified", equalTo(true))
                // gatehouse.profile.required (date_of_birth) does not apply to provisioned users
                .body("profile.date_of_birth", nullValue());
        // "admins" maps to a Gatehouse group that does not exist: skipped; "unmapped" is ignored
        assertEquals(List.of("ldap-engineers", "ldap-everyone"), groupsOf(claims.getString("sub")).stream().sorted().toList());
    }

    @Test
    void laterLoginRefreshesAttributesAndSyncsMappedGroupsOnly() throws Exception {
        LdapPerson person = aPerson().inGroups("engineers", "everyone").addTo(server);
        String id = claims(person.uid(), person.password()).getString("sub");
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + id + "/groups/local-only").then().statusCode(204);

        person.replace(server, "sn", "Renamed");
        person.replace(server, "mail", "renamed-" + person.mail());
        person.leave(server, "engineers");
        assertEquals(id, claims(person.uid(), person.password()).getString("sub"));

        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id)
                .then().body("last_name", equalTo("Renamed")).body("email", equalTo("renamed-" + person.mail()));
        // the removed LDAP group is left, the locally granted unmapped group stays
        assertEquals(List.of("ldap-everyone", "local-only"), groupsOf(id).stream().sorted().toList());
    }

    @Test
    void injectionAttemptsInTheLoginNeverReachAnotherEntry() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        for (String login : List.of("*", person.uid() + "*", "*)(uid=*", person.uid() + ")(uid=*", person.uid() + "\\",
                person.uid() + "\u0000", person.uid() + ",ou=people", person.uid() + "+cn=x", "uid=" + person.uid())) {
            refused(login, person.password());
        }
        claims(person.uid(), person.password()); // the real login still works
    }

    @Test
    void emptyOrBlankPasswordIsNotMineBeforeAnyBind() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        assertTrue(backend.authenticate(new Credentials(person.uid(), "", null)).isEmpty());
        assertTrue(backend.authenticate(new Credentials(person.uid(), "   ", null)).isEmpty());
        // one space is a password the token endpoint passes on (Django accepts it); LDAP still declines it
        LdapLogins.attempt(person.uid(), " ").statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void anLdapLoginRightOrWrongPaysItsBindAndNoThrowawayHash() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        AtomicInteger throwawayHashes = new AtomicInteger();
        AuthenticationChain ldapOnly = new AuthenticationChain(List.of(backend), password -> throwawayHashes.incrementAndGet());

        assertTrue(ldapOnly.authenticate(new Credentials(person.uid(), person.password(), null)).isPresent());
        assertTrue(ldapOnly.authenticate(new Credentials(person.uid(), "Wrong-Password-" + UUID.randomUUID(), null)).isEmpty());
        assertEquals(0, throwawayHashes.get());
        // a login LDAP declines before any bind (a blank password) still costs the throwaway hash
        assertTrue(ldapOnly.authenticate(new Credentials(person.uid(), " ", null)).isEmpty());
        assertEquals(1, throwawayHashes.get());
    }

    @Test
    void wrongLdapPasswordFallsThroughToTheDatabaseAndLdapIsAskedFirst() throws Exception {
        // a login both know: the same string is an LDAP uid and a database email, with one shared password
        String login = "both-" + UUID.randomUUID() + "@db.example.org";
        LdapPerson person = aPerson().withUid(login).withPassword("Kettle-Orbit-Sparrow-42").addTo(server);
        aUser().withEmail(login).with("password", person.password()).create();
        assertTrue(chain.names().indexOf("ldap") < chain.names().indexOf("database"));
        assertEquals("ldap", claims(login, person.password()).getString("auth_backend"));

        String other = "only-db-" + UUID.randomUUID() + "@db.example.org";
        aUser().withEmail(other).with("password", "a database password").create();
        assertEquals("database", claims(other, "a database password").getString("auth_backend"));
    }

    @Test
    void ldapProvisionedUserCannotLogInWithADatabasePassword() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        String id = claims(person.uid(), person.password()).getString("sub");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("password", "a database password for ldap"))
                .when().put("/users/" + id + "/password").then().statusCode(204);
        refused(person.mail(), "a database password for ldap");
        refused(person.uid(), "a database password for ldap");
    }

    @Test
    void ldapPersonWhoseEmailBelongsToALocalUserIsNotTakenOver() throws Exception {
        String email = "local-" + UUID.randomUUID() + "@db.example.org";
        aUser().withEmail(email).with("password", "the local password").create();
        LdapPerson person = aPerson().withMail(email).addTo(server);
        refused(person.uid(), person.password());
        assertEquals("database", claims(email, "the local password").getString("auth_backend"));
    }

    @Test
    void personWithoutMailCannotBeProvisioned() throws Exception {
        LdapPerson person = aPerson().withoutMail().addTo(server);
        refused(person.uid(), person.password());
    }

    @Test
    void concurrentFirstLoginsCreateOneUserAndNever500() throws Exception {
        LdapPerson person = aPerson().inGroups("engineers").addTo(server);
        Callable<String> login = () -> claims(person.uid(), person.password()).getString("sub");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = pool.invokeAll(List.of(login, login, login, login));
            String first = ids.get(0).get();
            for (Future<String> id : ids) {
                assertEquals(first, id.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void directoryDownSkipsLdapKeepsDatabaseLoginsAndReadinessReportsIt() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        var local = aUser();
        local.with("password", "a database password").create();
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200);
        server.shutDown(true);
        try {
            assertEquals("database", claims(local.email(), "a database password").getString("auth_backend"));
            refused(person.uid(), person.password());
            given().when().get(Management.url("/q/health/ready")).then().statusCode(503)
                    .body("checks.find { it.name == 'ldap' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'authentication-backends' }.data.ldap",
                            equalTo(DirectoryUnavailable.class.getName()));
        } finally {
            server.startListening();
        }
        assertEquals("ldap", claims(person.uid(), person.password()).getString("auth_backend"));
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'ldap' }.status", equalTo("UP"));
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
}

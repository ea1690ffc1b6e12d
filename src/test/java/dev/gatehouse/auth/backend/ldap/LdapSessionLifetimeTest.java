package dev.gatehouse.auth.backend.ldap;

import static dev.gatehouse.auth.backend.ldap.LdapPerson.aPerson;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions of LDAP users end after gatehouse.backends.ldap.session-max-lifetime (12 h), so directory changes apply. */
@QuarkusTest
@TestProfile(LdapTemplateProfile.class)
class LdapSessionLifetimeTest {

    static final String PASSWORD = "correct horse battery staple";

    @LdapServer
    InMemoryDirectoryServer server;

    @Inject
    TestClock clock;

    @BeforeEach
    void groupsExist() {
        LdapLogins.createMappedGroups();
    }

    @Test
    void anLdapUsersSessionEndsTwelveHoursAfterTheLoginWhileADatabaseUsersGoesOn() throws Exception {
        LdapPerson person = aPerson().addTo(server);
        String ldapToken = LdapLogins.attempt(person.uid(), person.password()).statusCode(200)
                .extract().path("refresh_token");
        UserBuilder local = aUser().with("password", PASSWORD);
        local.create();
        String localToken = Tokens.passwordGrant(local.email(), PASSWORD).path("refresh_token");

        clock.advance(Duration.ofHours(11));
        ldapToken = refresh(ldapToken).statusCode(200).extract().path("refresh_token");
        localToken = refresh(localToken).statusCode(200).extract().path("refresh_token");
        clock.advance(Duration.ofHours(1).plusMinutes(1));

        refresh(ldapToken).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(localToken).statusCode(200);
    }

    private static ValidatableResponse refresh(String token) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", token).when().post("/auth/token").then();
    }
}

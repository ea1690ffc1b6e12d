package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.Logins.attempt;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Logins by username, where {@code gatehouse.login.identifiers} allows them. */
@QuarkusTest
@TestProfile(UsernameLoginTest.Profile.class)
class UsernameLoginTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.login.identifiers", "email,username");
        }
    }

    static final String PASSWORD = "correct horse battery staple";

    @Inject
    EntityManagerFactory emf;

    @Test
    void aFailedLoginByUsernameAuditsTheUserFoundWithOneLookup() {
        String username = "user" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String id = aUser().with("username", username).with("password", PASSWORD).create();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = usernameLookups(stats);

        attempt(username, "a wrong password").statusCode(400).body("error", equalTo("invalid_grant"));

        // the database backend's lookup is the one the audit uses, not a second query of its own
        assertEquals(1, usernameLookups(stats) - before);
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", id).get("/audit-events").then().statusCode(200)
                .body("items.type", contains("login.failed", "user.created"));
        attempt(username, PASSWORD).statusCode(200);
    }

    private static long usernameLookups(Statistics stats) {
        return Arrays.stream(stats.getQueries()).filter(q -> q.contains("lower(username)"))
                .mapToLong(q -> stats.getQueryStatistics(q).getExecutionCount()).sum();
    }
}

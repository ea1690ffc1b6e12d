package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.auth.backend.ExampleDirectoryBackend;
import dev.gatehouse.auth.throttle.CountingTestBackend;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code gatehouse.auth.backends} picks and orders backends; registration switched on. */
@QuarkusTest
@TestProfile(ConfiguredChainTest.Profile.class)
class ConfiguredChainTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // against @Priority order (counting 400, settings 100, database 0): database first, counting after it
            return Map.of("gatehouse.auth.backends", "database,counting,settings", "gatehouse.registration.enabled",
                    "true");
        }
    }

    @Test
    void backendLeftOutOfTheListIsNeverAsked() {
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", "ada" + ExampleDirectoryBackend.DOMAIN).formParam("password", "directory-password")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Inject
    CountingTestBackend counting;

    @Test
    void listedBackendsStillWorkInTheirNewOrder() {
        Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD);
        var user = aUser().withEmail("ordered-" + UUID.randomUUID() + CountingTestBackend.DOMAIN);
        user.with("password", "a long enough password").create();
        Tokens.passwordGrant(user.email(), "a long enough password");
        // database, earlier in the list, vouched first: counting, which comes before it by @Priority, was not asked
        assertEquals(0, counting.attempts(user.email()));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", "not the password")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        // database said "not mine", so the next backend in the list was asked
        assertEquals(1, counting.attempts(user.email()));
    }

    @Test
    void registrationCreatesAnActiveUnprivilegedUserWhoCanLogIn() {
        var user = aUser().with("password", "a long enough password").with("first_name", "Ada");
        given().contentType(ContentType.JSON).body(user.body())
                .when().post("/auth/register")
                .then().statusCode(201)
                .body("is_active", equalTo(true)).body("is_staff", equalTo(false))
                .body("is_superuser", equalTo(false)).body("profile.date_of_birth", equalTo("1990-04-01"));
        Tokens.passwordGrant(user.email(), "a long enough password");
    }

    @Test
    void registrationRefusesPrivilegeFieldsAndValidatesLikeUsers() {
        given().contentType(ContentType.JSON).body(aUser().with("password", "a long enough password")
                        .with("is_superuser", true).body())
                .when().post("/auth/register")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("is_superuser"));
        given().contentType(ContentType.JSON).body(aUser().with("password", "a long enough password")
                        .withoutProfile("date_of_birth").body())
                .when().post("/auth/register")
                .then().statusCode(400).body("errors[0].field", equalTo("profile.date_of_birth"));
    }
}

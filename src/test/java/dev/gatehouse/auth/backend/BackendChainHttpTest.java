package dev.gatehouse.auth.backend;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain over HTTP, with the test backends of this package (inert outside their domains). */
@QuarkusTest
class BackendChainHttpTest {

    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getString(name);
    }

    @Test
    void exampleBackendProvisionsItsUserOnFirstLogin() {
        String token = Tokens.passwordGrant("ada" + ExampleDirectoryBackend.DOMAIN, "directory-password").path("access_token");
        assertEquals("example", claim(token, "auth_backend"));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + claim(token, "sub"))
                .then().statusCode(200).body("provisioned_by", equalTo("example"))
                .body("has_usable_password", equalTo(false));
    }

    @Test
    void exampleBackendWhenPasswordWrongThenDeniesWithoutAskingTheDatabase() {
        // a database user in the directory's domain: the directory denies, so the database is never asked
        var user = aUser().withEmail("grace-" + UUID.randomUUID() + ExampleDirectoryBackend.DOMAIN);
        user.with("password", "database password").create();
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", "database password")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void backendDownNeverBreaksADatabaseLoginAndReadinessReportsIt() {
        var user = aUser().withEmail("lin-" + UUID.randomUUID() + BrokenTestBackend.DOMAIN);
        user.with("password", "a long enough password").create();
        String token = Tokens.passwordGrant(user.email(), "a long enough password").path("access_token");
        assertEquals("database", claim(token, "auth_backend"));
        given().when().get(Management.url("/q/health/ready"))
                .then().statusCode(503)
                .body("checks.find { it.name == 'authentication-backends' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'authentication-backends' }.data.broken",
                        equalTo(BackendUnavailable.class.getName()));

        // the next login the broken backend answers normally clears it, so other tests see a ready service
        Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD);
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200);
    }

    @Test
    void aLoginTheDatabaseCannotStoreIsNotMineAndNeverMarksItDown() {
        // PostgreSQL refuses a NUL in a query: input the backend cannot use, not a database outage
        for (String login : List.of("a\u0000@x.org", "\u0000", "a@x.org\u0000", "x".repeat(300) + "@x.org",
                "y".repeat(100_000))) {
            given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                    .formParam("username", login).formParam("password", "some password")
                    .when().post("/auth/token")
                    .then().statusCode(400).body("error", equalTo("invalid_grant"));
            // after each one: the next clean login would clear a backend marked down
            given().when().get(Management.url("/q/health/ready")).then().statusCode(200)
                    .body("checks.find { it.name == 'authentication-backends' }.status", equalTo("UP"));
        }
    }
}

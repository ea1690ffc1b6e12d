package dev.gatehouse.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An import that overwrites a user's hash is a password change: the sessions of the old password end. */
@QuarkusTest
class ImportRevocationTest {

    @Inject
    EntityManager em;

    /** Django's hash of "letmein". */
    static final String LETMEIN = UserImportTest.DJANGO_HASH;
    /** Django's make_password(None): "!" and 40 random characters. */
    static final String UNUSABLE = "!Xq3vR8tLm2Zp7Wk9Bn4Hc6Jd1Fg5Sy0Ea8Uo3Ti";

    @Test
    void anImportUpdateThatChangesTheHashRevokesTheUsersRefreshTokens() {
        String email = "imp-" + UUID.randomUUID() + "@example.org";
        importLine(line(email, LETMEIN, "Imported"), "fail").statusCode(200);
        String token = Tokens.passwordGrant(email, "letmein").path("refresh_token");

        importLine(line(email, UNUSABLE, "Imported"), "update").statusCode(200)
                .body("updated", equalTo(1));

        refresh(token).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void anImportUpdateThatKeepsTheHashKeepsTheSessions() {
        String email = "imp-" + UUID.randomUUID() + "@example.org";
        importLine(line(email, LETMEIN, "Imported"), "fail").statusCode(200);
        String token = Tokens.passwordGrant(email, "letmein").path("refresh_token");
        String current = storedHash(email); // the login upgraded the Django hash to argon2id

        importLine(line(email, current, "Renamed"), "update").statusCode(200).body("updated", equalTo(1));

        refresh(token).statusCode(200);
    }

    private String storedHash(String email) {
        return (String) em.createNativeQuery("select password from users where email = ?1").setParameter(1, email)
                .getSingleResult();
    }

    private static String line(String email, String hash, String firstName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + hash + "\",\"first_name\":\"" + firstName + "\","
                + "\"last_name\":\"User\",\"is_active\":true}";
    }

    private static ValidatableResponse importLine(String line, String onConflict) {
        return given().auth().oauth2(Tokens.admin()).contentType(UserImportTest.NDJSON)
                .body(line.getBytes(StandardCharsets.UTF_8)).queryParam("on_conflict", onConflict)
                .when().post("/users/import").then();
    }

    private static ValidatableResponse refresh(String token) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", token).when().post("/auth/token").then();
    }
}

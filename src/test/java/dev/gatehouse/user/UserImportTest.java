package dev.gatehouse.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gatehouse.testsupport.Management;
import dev.gatehouse.password.HostileHashes;
import dev.gatehouse.testsupport.Logins;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /users/import: Django users as NDJSON, hashes kept, all or nothing by default. */
@QuarkusTest
class UserImportTest {

    /** Made by Django 3.2.25 for the password "letmein" (src/test/resources/password/django-vectors.json). */
    static final String DJANGO_HASH = "pbkdf2_sha256$1000$seasalt$R1/GfWtwog1T8Ev9VndgDjzkiRzbFr8JpmJtL9cMmQU=";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    EntityManager em;

    private static RestAssuredConfig previousConfig;

    /** RestAssured's config is global: put it back so no other test class depends on this one. */
    @AfterAll
    static void restoreConfig() {
        RestAssured.config = previousConfig;
    }

    @BeforeAll
    static void sendNdjsonAsText() {
        previousConfig = RestAssured.config;
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs(NDJSON, ContentType.TEXT));
    }

    static String line(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + DJANGO_HASH + "\",\"first_name\":\"Imported\","
                + "\"last_name\":\"User\",\"is_active\":true,\"is_staff\":false,\"is_superuser\":false,"
                + "\"date_joined\":\"2019-05-01T10:00:00Z\",\"last_login\":null}";
    }

    static String uniquePrefix() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importsTenThousandUsersInOneRequestAndTheyLogInWithTheirDjangoPasswords() {
        String prefix = uniquePrefix();
        String body = IntStream.range(0, 10_000).mapToObj(i -> line(prefix + "-" + i + "@example.org"))
                .collect(Collectors.joining("\n"));
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body)
                .when().post("/users/import")
                .then().statusCode(200)
                .body("imported", equalTo(10_000)).body("failed", equalTo(0));

        Object count = em.createNativeQuery("select count(*) from users u join profiles p on p.user_id = u.id"
                + " where u.email like ?1 and u.password = ?2 and u.date_joined = '2019-05-01T10:00:00Z'")
                .setParameter(1, prefix + "-%").setParameter(2, DJANGO_HASH).getSingleResult();
        assertEquals(10_000L, ((Number) count).longValue());

        // the Django hash verifies as it is: "letmein" is the password Django hashed
        Tokens.passwordGrant(prefix + "-9999@example.org", "letmein");
    }

    /** Django accepts a password of one space, so an imported user may have one: it is a password, not a blank. */
    @Test
    void anImportedUserWhosePasswordIsOneSpaceLogsInWithIt() {
        String email = uniquePrefix() + "@example.org";
        String oneSpaceHash = "pbkdf2_sha256$1000$seasalt$jfl6VBD3u+ganEzSmY/keoB91aWQgh64EaOEk/dkXSQ=";
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email).replace(DJANGO_HASH, oneSpaceHash))
                .when().post("/users/import")
                .then().statusCode(200).body("imported", equalTo(1));

        Tokens.passwordGrant(email, " ");
    }

    @Test
    void aBadLineRollsBackTheWholeImportAndIsReportedWithItsNumber() {
        String prefix = uniquePrefix();
        String body = line(prefix + "-a@example.org") + "\n"
                + "{\"email\":\"" + prefix + "-b@example.org\",\"password\":\"md5$salt$abc\"}\n"
                + "this is not json\n"
                + line(prefix + "-c@example.org");
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body)
                .when().post("/users/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("lines[2].password"))
                .body("errors.field", hasItem("lines[3]"));
        given().auth().oauth2(Tokens.admin()).queryParam("email", prefix + "-a@example.org").when().get("/users").then().body("items", hasSize(0));
    }

    @Test
    void nonAtomicImportKeepsGoodLinesAndCountsBadOnes() {
        String prefix = uniquePrefix();
        String body = line(prefix + "-a@example.org") + "\n{\"email\":\"not-an-email\",\"password\":\"" + DJANGO_HASH + "\"}\n"
                + line(prefix + "-c@example.org") + "\n";
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body).queryParam("atomic", false)
                .when().post("/users/import")
                .then().statusCode(200)
                .body("imported", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].line", equalTo(2)).body("errors[0].field", equalTo("email"));
    }

    @Test
    void conflictsAreSkippedUpdatedOrFailedAsAsked() {
        String email = uniquePrefix() + "@example.org";
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email)).when().post("/users/import").then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email)).queryParam("on_conflict", "skip")
                .when().post("/users/import").then().statusCode(200).body("skipped", equalTo(1));
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email).replace("\"Imported\"", "\"Renamed\"")).queryParam("on_conflict", "update")
                .when().post("/users/import").then().statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(Tokens.admin()).queryParam("email", email).when().get("/users").then().body("items[0].first_name", equalTo("Renamed"));
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email))
                .when().post("/users/import").then().statusCode(400).body("errors[0].field", equalTo("lines[1].email"));
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email)).queryParam("on_conflict", "merge")
                .when().post("/users/import").then().statusCode(400).body("errors[0].field", equalTo("on_conflict"));
    }

    @Test
    void emailVerifiedIsTakenFromTheLineWhenItHasItElseANewUserIsUnverifiedAndAnUpdatedOneKeepsItsFlag() {
        String verified = uniquePrefix() + "@example.org";
        String plain = uniquePrefix() + "@example.org";
        String body = line(verified).replace("}", ",\"email_verified\":true}") + "\n" + line(plain);
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body).when().post("/users/import").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("email", verified).get("/users").then().body("items[0].email_verified", equalTo(true));
        given().auth().oauth2(Tokens.admin()).queryParam("email", plain).get("/users").then().body("items[0].email_verified", equalTo(false));

        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(verified)).queryParam("on_conflict", "update")
                .when().post("/users/import").then().statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(Tokens.admin()).queryParam("email", verified).get("/users").then().body("items[0].email_verified", equalTo(true));
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(verified).replace("}", ",\"email_verified\":false}"))
                .queryParam("on_conflict", "update").when().post("/users/import").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("email", verified).get("/users").then().body("items[0].email_verified", equalTo(false));
    }

    @Test
    void groupsAreJoinedAndUnknownGroupsAreLineErrors() {
        String group = "imported-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(java.util.Map.of("name", group, "permissions", java.util.List.of()))
                .when().post("/groups").then().statusCode(201);
        String email = uniquePrefix() + "@example.org";
        String withGroup = line(email).replace("\"last_login\":null", "\"last_login\":null,\"groups\":[\"" + group + "\"]");
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(withGroup).when().post("/users/import").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("group", group).when().get("/users").then().body("items.email", hasItem(email));

        String unknown = line(uniquePrefix() + "@example.org").replace("\"last_login\":null", "\"last_login\":null,\"groups\":[\"no-such-group\"]");
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(unknown).when().post("/users/import")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[1].groups"));
    }

    @Test
    void aGroupNamedLikeATokenRoleIsALineError() {
        String line = line(uniquePrefix() + "@example.org")
                .replace("\"last_login\":null", "\"last_login\":null,\"groups\":[\"Superuser\"]");
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line).when().post("/users/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[1].groups"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("reserved"));
    }

    @Test
    void repeatedEmailInsideTheFileIsReported() {
        String email = uniquePrefix() + "@example.org";
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email) + "\n" + line(email.toUpperCase()))
                .when().post("/users/import")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[2].email"));
    }

    @Test
    void anEndlessLineIsRefusedWithoutReadingItIntoMemory() {
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body("{\"email\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/users/import")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[1]"));
    }

    @Test
    void aHashWhoseCostsArePastTheLimitsIsALineErrorNamingTheParameterAndNothingIsImported() {
        String prefix = uniquePrefix();
        List<String> hashes = new ArrayList<>(HostileHashes.MEASURED.keySet());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < hashes.size(); i++) {
            body.append(line(prefix + "-" + i + "@example.org").replace(DJANGO_HASH, hashes.get(i))).append('\n');
        }
        var refused = given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body.toString())
                .when().post("/users/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(hashes.size()));
        for (int i = 0; i < hashes.size(); i++) {
            refused.body("errors[" + i + "].field", equalTo("lines[" + (i + 1) + "].password"))
                    .body("errors[" + i + "].message", equalTo(HostileHashes.MEASURED.get(hashes.get(i))));
        }
        given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(body.toString()).queryParam("atomic", false)
                .when().post("/users/import")
                .then().statusCode(200).body("imported", equalTo(0)).body("failed", equalTo(hashes.size()));
        Object count = em.createNativeQuery("select count(*) from users where email like ?1")
                .setParameter(1, prefix + "-%").getSingleResult();
        assertEquals(0L, ((Number) count).longValue());
    }

    @Test
    void aHashPastTheLimitsStoredBeforeThemFailsItsLoginQuicklyAndReadinessStaysUp() {
        String prefix = uniquePrefix();
        List<String> emails = new ArrayList<>();
        for (String hostile : HostileHashes.MEASURED.keySet()) {
            String email = prefix + "-" + emails.size() + "@example.org";
            given().auth().oauth2(Tokens.admin()).contentType(NDJSON).body(line(email))
                    .when().post("/users/import").then().statusCode(200).body("imported", equalTo(1));
            // as if imported before the limits existed
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update users set password = ?1 where email = ?2")
                    .setParameter(1, hostile).setParameter(2, email).executeUpdate());
            emails.add(email);
        }
        // run, the t=100000 hash takes about 40 minutes, bcrypt cost 31 days, and the p=536870912 one flipped readiness
        // to DOWN; refused, each costs one default hash. The bound is loose because the build machine may be loaded.
        for (String email : emails) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    Logins.attempt(email, "letmein").statusCode(400).body("error", equalTo("invalid_grant")), email);
        }
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }
}

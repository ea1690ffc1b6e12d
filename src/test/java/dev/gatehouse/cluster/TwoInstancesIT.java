package dev.gatehouse.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.password.Pbkdf2Sha256Hasher;
import dev.gatehouse.password.TestPasswordConfig;
import dev.gatehouse.testsupport.FreshDatabase;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Gatehouse processes (the packaged jar, production profile) on one database: a revocation, a
 * permission change and a lockout made through one instance are enforced by the other at once,
 * because all of that state lives in PostgreSQL. Runs in the integration-test phase, after packaging.
 */
class TwoInstancesIT {

    static final String ADMIN = "cluster-admin@example.org";
    static final String ADMIN_PASSWORD = "cluster admin passphrase " + UUID.randomUUID();
    static final String PASSWORD = "a long enough password";

    static FreshDatabase database = new FreshDatabase();
    static Process first;
    static Process second;
    static int firstPort;
    static int secondPort;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Map<String, String> env = environment(database.start());
        firstPort = PackagedJar.freePort();
        int firstManagement = PackagedJar.freePort();
        first = PackagedJar.launch(env, firstPort, firstManagement, "two-instances-first.log");
        PackagedJar.awaitReady(firstManagement, first); // the first one migrates; the second finds the schema ready
        secondPort = PackagedJar.freePort();
        int secondManagement = PackagedJar.freePort();
        second = PackagedJar.launch(env, secondPort, secondManagement, "two-instances-second.log");
        PackagedJar.awaitReady(secondManagement, second);
    }

    @AfterAll
    static void stopBoth() {
        for (Process p : new Process[] {first, second}) {
            if (p != null) {
                p.destroy();
            }
        }
        database.stop();
    }

    @Test
    void aRefreshTokenRevokedThroughOneInstanceIsDeadOnTheOther() {
        String email = newUser();
        String refresh = login(firstPort, email).extract().path("refresh_token");
        at(secondPort).contentType("application/x-www-form-urlencoded").formParam("token", refresh)
                .post("/auth/revoke").then().statusCode(200);
        at(firstPort).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aPermissionGrantedOrRevokedThroughOneInstanceCountsOnTheOtherAtOnce() {
        String email = newUser();
        String id = userId(email);
        String token = login(secondPort, email).extract().path("access_token");
        at(secondPort).auth().oauth2(token).get("/users/" + id).then().statusCode(403);

        at(firstPort).auth().oauth2(admin()).put("/users/" + id + "/permissions/auth.view_user").then().statusCode(204);
        at(secondPort).auth().oauth2(token).get("/users/" + id).then().statusCode(200);

        at(secondPort).auth().oauth2(admin()).delete("/users/" + id + "/permissions/auth.view_user").then().statusCode(204);
        at(firstPort).auth().oauth2(token).get("/users/" + id).then().statusCode(403);
    }

    @Test
    void aLockoutEarnedOnOneInstanceIsEnforcedByTheOther() {
        String email = newUser();
        for (int i = 0; i < 3; i++) {
            loginWith(firstPort, email, "wrong password " + i).then().statusCode(400);
        }
        loginWith(secondPort, email, PASSWORD).then().statusCode(429).header("Retry-After", equalTo("60"));
    }

    private static String newUser() {
        String email = "cluster-" + UUID.randomUUID() + "@example.org";
        at(firstPort).auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD, "profile", Map.of("date_of_birth", "1990-01-01")))
                .post("/users").then().statusCode(201);
        return email;
    }

    private static String userId(String email) {
        return at(firstPort).auth().oauth2(admin()).queryParam("email", email).get("/users").then().extract().path("items[0].id");
    }

    private static String admin() {
        return login(firstPort, ADMIN, ADMIN_PASSWORD).extract().path("access_token");
    }

    private static io.restassured.response.ValidatableResponse login(int port, String email) {
        return login(port, email, PASSWORD);
    }

    private static io.restassured.response.ValidatableResponse login(int port, String email, String password) {
        return loginWith(port, email, password).then().statusCode(200);
    }

    private static io.restassured.response.Response loginWith(int port, String email, String password) {
        return at(port).contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", email).formParam("password", password).post("/auth/token");
    }

    private static RequestSpecification at(int port) {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    /** Production settings: a real signing key shared by both, a settings admin, a low lockout threshold. */
    private static Map<String, String> environment(Map<String, String> db) throws Exception {
        Path key = Files.createTempFile("gatehouse-it", ".pem");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(key, pem);
        key.toFile().deleteOnExit();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
        env.put("GATEHOUSE_TOKEN_SIGNING_KEY_LOCATION", key.toString());
        env.put("GATEHOUSE_BACKENDS_SETTINGS_LOGIN", ADMIN);
        env.put("GATEHOUSE_CLIENTS_WEB_PASSWORD_GRANT", "true"); // the legacy grant these tests log in with; off in prod
        env.put("GATEHOUSE_BACKENDS_SETTINGS_PASSWORD", new Pbkdf2Sha256Hasher(TestPasswordConfig.cheap()).encode(ADMIN_PASSWORD));
        env.put("GATEHOUSE_THROTTLE_MAX_FAILURES", "3");
        return env;
    }
}

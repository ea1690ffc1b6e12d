package dev.gatehouse.cluster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.password.HostileHashes;
import dev.gatehouse.password.Pbkdf2Sha256Hasher;
import dev.gatehouse.password.TestPasswordConfig;
import dev.gatehouse.testsupport.FreshDatabase;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to the packaged jar while logins are hashing: a running hash cannot be interrupted, so
 * shutdown must stop waiting for it (quarkus.shutdown.timeout, quarkus.thread-pool.shutdown-timeout).
 * The hash is a PBKDF2 at 2,000,000,000 iterations (about 20 minutes), let in by raising the limit.
 */
class ShutdownIT {

    static final String ADMIN = "shutdown-admin@example.org";
    static final String ADMIN_PASSWORD = "shutdown admin passphrase";
    static final String SLOW_USER = "slow-hash@example.org";
    /** 10 s for requests, 5 s for the worker pool, and room for a loaded build machine. */
    static final Duration BOUND = Duration.ofSeconds(40);

    static FreshDatabase database = new FreshDatabase();
    static Process instance;

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.destroyForcibly();
        }
        database.stop();
    }

    @Test
    void sigtermWhileHashesRunEndsTheProcessWithinTheShutdownBound() throws Exception {
        int port = PackagedJar.freePort();
        int managementPort = PackagedJar.freePort();
        instance = PackagedJar.launch(environment(database.start()), port, managementPort, "shutdown-it.log");
        PackagedJar.awaitReady(managementPort, instance);
        String admin = given().baseUri("http://127.0.0.1").port(port).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post("/auth/token").then().statusCode(200).extract().path("access_token");
        given().baseUri("http://127.0.0.1").port(port).auth().oauth2(admin).contentType("application/x-ndjson")
                .body(("{\"email\":\"" + SLOW_USER + "\",\"password\":\"" + HostileHashes.PBKDF2_ITERATIONS + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/users/import").then().statusCode(200);

        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<Void>>> logins = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // more than the hashing permits, so some wait for one too
            logins.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + SLOW_USER + "&password=x"))
                    .build(), HttpResponse.BodyHandlers.discarding()));
        }
        awaitActiveRequests(client, managementPort, logins.size());

        Instant sigterm = Instant.now();
        instance.destroy();
        boolean exited = instance.waitFor(BOUND.toSeconds() + 60, TimeUnit.SECONDS);
        Duration took = Duration.between(sigterm, Instant.now());
        assertTrue(exited && took.compareTo(BOUND) <= 0, "SIGTERM took " + took + " (exited: " + exited + ")");
        logins.forEach(login -> assertFalse(login.isDone() && !login.isCompletedExceptionally()
                && login.join().statusCode() == 200, "a login succeeded"));
    }

    /** Polls the server's own gauge of requests in flight until the logins are all being served. */
    private static void awaitActiveRequests(HttpClient client, int port, int expected) throws Exception {
        HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String body = client.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
            if (activeRequests(body) >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The logins never became active requests");
    }

    /** The in-flight count of Quarkus' http.server.active.requests, without the metrics request itself. */
    private static double activeRequests(String prometheus) {
        return prometheus.lines().filter(l -> l.startsWith("http_server_active_requests") && !l.contains("#"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() - 1;
    }

    private static Map<String, String> environment(Map<String, String> db) throws Exception {
        Path key = Files.createTempFile("gatehouse-shutdown-it", ".pem");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        key.toFile().deleteOnExit();
        Map<String, String> env = new HashMap<>();
        env.put("GATEHOUSE_TOKEN_SIGNING_KEY_LOCATION", key.toString());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
        env.put("GATEHOUSE_BACKENDS_SETTINGS_LOGIN", ADMIN);
        env.put("GATEHOUSE_CLIENTS_WEB_PASSWORD_GRANT", "true"); // the legacy grant these tests log in with; off in prod
        env.put("GATEHOUSE_BACKENDS_SETTINGS_PASSWORD", new Pbkdf2Sha256Hasher(TestPasswordConfig.cheap()).encode(ADMIN_PASSWORD));
        // let the slow hash in: this test is about shutdown, not the limits
        env.put("GATEHOUSE_PASSWORD_LIMITS_PBKDF2_ITERATIONS", "2000000000");
        return env;
    }
}

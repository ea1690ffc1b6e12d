package dev.gatehouse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example SPA (examples/spa, oidc-client-ts) in Debian's Chromium, driven by playwright-core
 * (examples/spa/test/browser-login.mjs), against the packaged jar in the production profile: login through the
 * hosted login page, an API call, a silent refresh, RP-initiated logout, single sign-on, a wrong password.
 * The SPA is served from another site (127.0.0.1) than Gatehouse (localhost), as a real SPA would be.
 * bin/test installs Chromium and the SPA's packages; this test only checks they are there.
 */
class BrowserLoginIT {

    static final Path SPA = Path.of("examples", "spa");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String OPERATOR = "browser-operator@example.org";
    static final String OPERATOR_PASSWORD = "browser operator passphrase " + UUID.randomUUID();
    static final Duration SCRIPT_BOUND = Duration.ofMinutes(4);

    static FreshDatabase database = new FreshDatabase();
    static Process gatehouse;
    static Process spa;
    static String issuer;
    static String spaOrigin;

    @BeforeAll
    static void startGatehouseAndTheSpa() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: run bin/test, which installs Debian's chromium");
        assertTrue(Files.isDirectory(SPA.resolve("node_modules/playwright-core")),
                "examples/spa/node_modules is missing: run bin/test, or npm ci --prefix examples/spa");
        int port = PackagedJar.freePort();
        int managementPort = PackagedJar.freePort();
        int spaPort = PackagedJar.freePort();
        issuer = "http://localhost:" + port;
        spaOrigin = "http://127.0.0.1:" + spaPort;
        gatehouse = PackagedJar.launch(environment(database.start()), port, managementPort, "browser-login-gatehouse.log");
        spa = node(Map.of("PORT", String.valueOf(spaPort), "HOST", "127.0.0.1", "ISSUER", issuer), "browser-login-spa.log", "serve.mjs");
        PackagedJar.awaitReady(managementPort, gatehouse);
        awaitServing(URI.create(spaOrigin + "/index.html"), spa);
    }

    @AfterAll
    static void stop() {
        for (Process process : new Process[] {spa, gatehouse}) {
            if (process != null) {
                process.destroy();
            }
        }
        database.stop();
    }

    @Test
    void theExampleSpaLogsInCallsTheApiRefreshesLogsOutAndSignsOnAgainInARealBrowser() throws Exception {
        Path log = Path.of("target", "browser-login.log");
        Instant started = Instant.now();
        Process script = node(Map.of("SPA_URL", spaOrigin, "ISSUER", issuer, "TEST_EMAIL", OPERATOR,
                "TEST_PASSWORD", OPERATOR_PASSWORD, "ARTIFACTS_DIR", Path.of("target").toAbsolutePath().toString()),
                "browser-login.log", "test/browser-login.mjs");
        boolean finished = script.waitFor(SCRIPT_BOUND.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            script.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        System.out.println("browser-login.mjs took " + Duration.between(started, Instant.now()).toMillis() + " ms:\n" + output);
        assertTrue(finished, "browser-login.mjs did not finish within " + SCRIPT_BOUND + ":\n" + output);
        assertEquals(0, script.exitValue(), "browser-login.mjs failed (target/browser-login.log, "
                + "target/browser-login-failure-*.png, target/browser-login-gatehouse.log):\n" + output);
    }

    /** Runs node in examples/spa with the given environment, its output (both streams) to target/{log}. */
    private static Process node(Map<String, String> env, String log, String... arguments) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node").directory(SPA.toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", log).toAbsolutePath().toFile());
        builder.command().addAll(List.of(arguments));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Polls the SPA's server until it answers 200; gives up after 30 s or when it dies. */
    private static void awaitServing(URI page, Process server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // node is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The example SPA did not start; see target/browser-login-spa.log");
    }

    /**
     * Production settings with gatehouse-web registered for the SPA's origin, and the settings backend's operator
     * as the browser's user (so the test needs no password grant to set itself up).
     */
    private static Map<String, String> environment(Map<String, String> db) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
        env.put("GATEHOUSE_TOKEN_SIGNING_KEY_LOCATION", PackagedJar.newSigningKey().toString());
        env.put("GATEHOUSE_TOKEN_ISSUER", issuer);
        env.put("GATEHOUSE_BACKENDS_SETTINGS_LOGIN", OPERATOR);
        env.put("GATEHOUSE_BACKENDS_SETTINGS_PASSWORD", new Pbkdf2Sha256Hasher(TestPasswordConfig.cheap()).encode(OPERATOR_PASSWORD));
        env.put("GATEHOUSE_CLIENTS_WEB_REDIRECT_URIS", spaOrigin + "/callback.html");
        env.put("GATEHOUSE_CLIENTS_WEB_POST_LOGOUT_REDIRECT_URIS", spaOrigin + "/index.html");
        env.put("GATEHOUSE_CLIENTS_WEB_ALLOWED_ORIGINS", spaOrigin);
        return env;
    }
}

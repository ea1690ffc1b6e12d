package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Management;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.password.HashingPermits;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.testsupport.BrowserClients;
import dev.gatehouse.testsupport.BrowserLogins;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every hashing permit held by the test, as a burst of concurrent logins would: logins queue for a permit
 * without holding a database connection, so other endpoints keep answering, and when the bounded wait
 * elapses they answer 503 with Retry-After (RFC 6749 on the token endpoint, problem+json elsewhere).
 */
@QuarkusTest
@TestProfile(SaturatedHashingTest.FiveSecondPermitWait.class)
class SaturatedHashingTest {

    /** More concurrent logins than the pool's 16 connections. */
    private static final int LOGINS = 24;

    /** Longer than the pool's 3 s acquisition timeout, so a login holding a connection while it waits would show. */
    public static class FiveSecondPermitWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.password.permit-wait", "5s");
        }
    }

    @Inject
    PasswordHashers hashers;

    @TestHTTPResource("/auth/token")
    URI tokenEndpoint;

    @TestHTTPResource("/users")
    URI usersEndpoint;

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
    private ExecutorService holders;

    @AfterEach
    void releasePermits() {
        release.countDown();
        if (holders != null) {
            holders.shutdown();
        }
    }

    @Test
    void loginsWaitingForAHashPermitLeaveOtherEndpointsAnsweringThenGet503TemporarilyUnavailable() throws Exception {
        String token = Tokens.admin();
        var user = aUser().with("password", "a long enough password");
        String id = user.create();
        holdEveryPermit(hashers.permits());

        List<CompletableFuture<HttpResponse<String>>> logins = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            logins.add(post(tokenEndpoint, "application/x-www-form-urlencoded",
                    "grant_type=password&username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
                            + "&password=wrong-password-" + i, null));
        }
        CompletableFuture<HttpResponse<String>> creation = post(usersEndpoint, "application/json",
                new ObjectMapper().writeValueAsString(aUser().with("password", "another long password").body()), token);
        awaitWaiting(hashers.permits(), LOGINS + 1);

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).when().get("/users/" + id).then().statusCode(200);
        }

        for (CompletableFuture<HttpResponse<String>> login : logins) {
            HttpResponse<String> response = login.get();
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("temporarily_unavailable", JsonPath.from(response.body()).getString("error"));
            assertEquals("5", response.headers().firstValue("Retry-After").orElse(null));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        HttpResponse<String> created = creation.get();
        assertEquals(503, created.statusCode(), created.body());
        assertEquals("application/problem+json", created.headers().firstValue("Content-Type").orElse(""));
        assertEquals(503, JsonPath.from(created.body()).getInt("status"));
        assertEquals("5", created.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void loginsGoThroughOnceAPermitIsFree() {
        var user = aUser().with("password", "a long enough password");
        user.create();
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", "a long enough password")
                .when().post("/auth/token").then().statusCode(200);
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void formLoginWhenEveryPermitStaysTakenThenTheBusyPage503() throws Exception {
        var user = aUser().with("password", "a long enough password");
        user.create();
        String clientId = BrowserClients.aPublicClient().redirectingTo("https://app.example/cb").create();
        BrowserLogins.Form form = BrowserLogins.form(BrowserLogins.request(clientId, "https://app.example/cb"));
        holdEveryPermit(hashers.permits());
        var busy = BrowserLogins.submit(form, user.email(), "a long enough password");
        assertEquals(503, busy.statusCode(), busy.asString());
        assertTrue(busy.contentType().startsWith("text/html"));
        assertTrue(busy.asString().contains("busy checking other passwords"), busy.asString());
        assertTrue(Integer.parseInt(busy.header("Retry-After")) >= 1);
        assertEquals(null, busy.cookie(BrowserLogins.SESSION_COOKIE));
    }

    /** Takes every permit from threads that keep them until the test ends. */
    private void holdEveryPermit(HashingPermits permits) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(permits.total());
        holders = Executors.newFixedThreadPool(permits.total());
        for (int i = 0; i < permits.total(); i++) {
            holders.submit(() -> permits.call(() -> {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        held.await();
    }

    /** Until that many requests queue for a permit: a condition with a deadline, not a wait for time. */
    private static void awaitWaiting(HashingPermits permits, int requests) {
        Instant deadline = Instant.now().plusSeconds(4);
        while (permits.waiting() < requests) {
            assertTrue(Instant.now().isBefore(deadline), "only " + permits.waiting() + " requests queued for a permit");
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }

    private CompletableFuture<HttpResponse<String>> post(URI uri, String type, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

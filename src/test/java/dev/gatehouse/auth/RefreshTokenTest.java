package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Refresh tokens: bound to their client (RFC 6749 §6, RFC 7009 §2.1), revoked as a family, and mortal. */
@QuarkusTest
class RefreshTokenTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String PASSWORD = "correct horse battery staple";

    @Inject
    TestClock clock;

    @Test
    void aConfidentialClientsRefreshTokenRefreshesOnlyWithThatClientsAuthentication() {
        Map<String, Object> owner = TokenResourceTest.createPasswordClient("owner");
        Map<String, Object> other = TokenResourceTest.createPasswordClient("other");
        String token = passwordGrantVia(owner);

        refresh(given(), token).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(given().formParam("client_id", owner.get("client_id")), token)
                .statusCode(401).body("error", equalTo("invalid_client"));
        refresh(given().auth().preemptive().basic((String) owner.get("client_id"), "wrong"), token)
                .statusCode(401).body("error", equalTo("invalid_client"));
        refresh(as(other), token).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(given().formParam("client_id", "gatehouse-web"), token).statusCode(400);

        refresh(as(owner), token).statusCode(200);
    }

    @Test
    void aPublicClientsRefreshTokenStillRefreshesWithoutASecret() {
        refresh(given(), passwordGrant(newUser())).statusCode(200);
        refresh(given().formParam("client_id", "gatehouse-web"), passwordGrant(newUser())).statusCode(200);
    }

    @Test
    void deletingAClientRevokesTheRefreshTokensIssuedToIt() {
        Map<String, Object> doomed = TokenResourceTest.createPasswordClient("doomed");
        Map<String, Object> introspector = TokenResourceTest.createClient("introspector");
        String token = passwordGrantVia(doomed);
        introspect(introspector, token).body("active", equalTo(true));

        given().auth().oauth2(Tokens.admin()).when().delete("/clients/" + doomed.get("client_id"))
                .then().statusCode(204);

        introspect(introspector, token).body("active", equalTo(false));
    }

    @Test
    void revokeAuthenticatesAConfidentialClientAndLeavesAnotherClientsTokenAlone() {
        Map<String, Object> owner = TokenResourceTest.createPasswordClient("owner");
        Map<String, Object> other = TokenResourceTest.createPasswordClient("other");
        String token = passwordGrantVia(owner);

        revoke(given().auth().preemptive().basic((String) owner.get("client_id"), "wrong"), token)
                .statusCode(401).body("error", equalTo("invalid_client"));
        revoke(given().formParam("client_id", owner.get("client_id")), token)
                .statusCode(401).body("error", equalTo("invalid_client"));
        // another client's token is, to this client, an invalid token: 200, and nothing revoked (RFC 7009 §2.2)
        revoke(as(other), token).statusCode(200);
        revoke(given(), token).statusCode(200);
        introspect(other, token).body("active", equalTo(true));

        revoke(as(owner), token).statusCode(200);
        introspect(other, token).body("active", equalTo(false));
    }

    @Test
    void afterReuseDetectionNoTokenOfTheFamilyWorksHoweverTheRefreshesRace() throws Exception {
        UserBuilder user = newUser();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 30; round++) {
                String spent = passwordGrant(user);
                String current = refresh(given(), spent).statusCode(200).extract().path("refresh_token");
                List<String> successors = raceRefreshAgainstReuse(pool, current, spent);
                for (String token : successors) {
                    refresh(given(), token).statusCode(400).body("error", equalTo("invalid_grant"));
                }
                refresh(given(), current).statusCode(400);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Four refreshes of the current token and four reuses of the spent one, released together; the successors issued. */
    private static List<String> raceRefreshAgainstReuse(ExecutorService pool, String current, String spent)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = i % 2 == 0 ? current : spent;
            answers.add(pool.submit(() -> {
                start.await();
                return given().contentType(FORM).formParam("grant_type", "refresh_token")
                        .formParam("refresh_token", token).when().post("/auth/token");
            }));
        }
        start.countDown();
        List<String> successors = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400, "status " + response.statusCode());
            if (response.statusCode() == 200) {
                successors.add(response.path("refresh_token"));
            }
        }
        return successors;
    }

    @Test
    void aFamilyEndsThirtyDaysAfterTheLoginHoweverOftenItRotates() {
        String token = passwordGrant(newUser());
        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofDays(10));
            token = refresh(given(), token).statusCode(200).extract().path("refresh_token");
        }
        clock.advance(Duration.ofDays(10).plusMinutes(1));
        refresh(given(), token).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aTokenNotRotatedForFourteenDaysExpiresWithinItsFamily() {
        String token = passwordGrant(newUser());
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        refresh(given(), token).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    private static UserBuilder newUser() {
        UserBuilder user = aUser().with("password", PASSWORD);
        user.create();
        return user;
    }

    private static String passwordGrant(UserBuilder user) {
        return Tokens.passwordGrant(user.email(), PASSWORD).path("refresh_token");
    }

    /** A refresh token from a password grant made by a confidential client. */
    private static String passwordGrantVia(Map<String, Object> client) {
        UserBuilder user = newUser();
        return as(client).contentType(FORM).formParam("grant_type", "password").formParam("username", user.email())
                .formParam("password", PASSWORD).when().post("/auth/token")
                .then().statusCode(200).extract().path("refresh_token");
    }

    private static RequestSpecification as(Map<String, Object> client) {
        return given().auth().preemptive().basic((String) client.get("client_id"), (String) client.get("client_secret"));
    }

    private static io.restassured.response.ValidatableResponse refresh(RequestSpecification request, String token) {
        return request.contentType(FORM).formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .when().post("/auth/token").then();
    }

    private static io.restassured.response.ValidatableResponse revoke(RequestSpecification request, String token) {
        return request.contentType(FORM).formParam("token", token).when().post("/auth/revoke").then();
    }

    private static io.restassured.response.ValidatableResponse introspect(Map<String, Object> client, String token) {
        return as(client).contentType(FORM).formParam("token", token).when().post("/auth/introspect")
                .then().statusCode(200);
    }
}

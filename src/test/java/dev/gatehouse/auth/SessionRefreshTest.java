package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.Codes.aCode;
import static dev.gatehouse.testsupport.OidcClients.aConfidentialClient;
import static dev.gatehouse.testsupport.OidcClients.gatehouseWeb;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.session.EndReason;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.testsupport.Codes.IssuedCode;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The refresh tokens of a browser login belong to its login session: a refresh uses (and so prolongs) the
 * session, refuses once it is idle or ended, and the family never outlives the session's absolute end.
 */
@QuarkusTest
class SessionRefreshTest {

    static final String PASSWORD = "correct horse battery staple";

    @Inject
    TestClock clock;
    @Inject
    LoginSessions sessions;

    @Test
    void refreshingKeepsTheSessionAliveBeyondItsIdleTimeoutCountedFromTheLogin() {
        IssuedCode code = aCode(gatehouseWeb()).forUser(AuthorizationCodeGrantTest.newUser()).issue();
        String token = code.redeem().statusCode(200).extract().path("refresh_token");
        OffsetDateTime seenAtLogin = session(code.sessionId()).lastSeenAt;

        clock.advance(Duration.ofMinutes(20));
        token = refresh(code.client(), token).statusCode(200).body("refresh_token", startsWith("ghr_"))
                .extract().path("refresh_token");
        assertTrue(session(code.sessionId()).lastSeenAt.isAfter(seenAtLogin.plusMinutes(19)));
        clock.advance(Duration.ofMinutes(20));

        refresh(code.client(), token).statusCode(200);
    }

    @Test
    void aSessionLeftIdleLongerThanItsTimeoutRefusesItsRefreshTokens() {
        OidcClient client = aConfidentialClient();
        IssuedCode code = aCode(client).forUser(AuthorizationCodeGrantTest.newUser()).issue();
        String token = code.redeem().statusCode(200).extract().path("refresh_token");

        clock.advance(Duration.ofMinutes(31));

        refresh(client, token).statusCode(400).body("error", equalTo("invalid_grant"));
        assertNotNull(family(code.sessionId()).revokedAt);
    }

    @Test
    void endingTheSessionRevokesItsFamiliesInTheSameTransactionAndTheRefreshIsRefused() {
        String user = AuthorizationCodeGrantTest.newUser();
        IssuedCode first = aCode(gatehouseWeb()).forUser(user).issue();
        String token = first.redeem().statusCode(200).extract().path("refresh_token");
        IssuedCode second = aCode(aConfidentialClient()).forUser(user).inSession(first.sessionId()).issue();
        String other = second.redeem().statusCode(200).extract().path("refresh_token");
        IssuedCode elsewhere = aCode(gatehouseWeb()).forUser(user).issue();
        String unrelated = elsewhere.redeem().statusCode(200).extract().path("refresh_token");

        assertTrue(sessions.end(first.sessionId(), UUID.fromString(user), EndReason.REVOKED));

        List<RefreshFamily> families = QuarkusTransaction.requiringNew()
                .call(() -> RefreshFamily.<RefreshFamily>list("sessionId", first.sessionId()));
        assertEquals(2, families.size());
        families.forEach(family -> assertNotNull(family.revokedAt, "family " + family.id));
        refresh(first.client(), token).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(second.client(), other).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(elsewhere.client(), unrelated).statusCode(200);
    }

    @Test
    void endingAllOfAUsersSessionsEndsTheirRefreshTokensAndIntrospectionSaysSo() {
        String user = AuthorizationCodeGrantTest.newUser();
        IssuedCode code = aCode(gatehouseWeb()).forUser(user).issue();
        String token = code.redeem().statusCode(200).extract().path("refresh_token");
        Map<String, Object> introspector = TokenResourceTest.createClient("introspector");
        introspect(introspector, token).body("active", equalTo(true));

        QuarkusTransaction.requiringNew().run(() -> sessions.endAll(UUID.fromString(user), EndReason.CREDENTIALS_CHANGED));

        introspect(introspector, token).body("active", equalTo(false));
        refresh(code.client(), token).statusCode(400);
    }

    @Test
    void theFamilyEndsAtTheSessionsAbsoluteEndAtTheLatest() {
        IssuedCode code = aCode(gatehouseWeb()).forUser(AuthorizationCodeGrantTest.newUser()).issue();
        code.redeem().statusCode(200);

        RefreshFamily family = family(code.sessionId());
        LoginSession session = session(code.sessionId());
        assertEquals(session.expiresAt.toInstant(), family.expiresAt.toInstant());
        assertTrue(session.expiresAt.isBefore(OffsetDateTime.now(clock).plusHours(11)));
    }

    @Test
    void aPasswordGrantsFamilyHasNoSessionAndOutlivesTheEndOfTheUsersSessions() {
        UserBuilder builder = aUser().with("password", PASSWORD);
        String user = builder.create();
        String token = Tokens.passwordGrant(builder.email(), PASSWORD).path("refresh_token");
        IssuedCode code = aCode(gatehouseWeb()).forUser(user).issue();
        code.redeem().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> sessions.endAll(UUID.fromString(user), EndReason.CREDENTIALS_CHANGED));

        refresh(gatehouseWeb(), token).statusCode(200);
    }

    private static LoginSession session(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>findById(id));
    }

    private static RefreshFamily family(UUID sessionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> RefreshFamily.<RefreshFamily>find("sessionId", sessionId).singleResult());
    }

    private static ValidatableResponse refresh(OidcClient client, String token) {
        return AuthorizationCodeGrantTest.refresh(client, token);
    }

    private static ValidatableResponse introspect(Map<String, Object> client, String token) {
        return given().auth().preemptive().basic((String) client.get("client_id"), (String) client.get("client_secret"))
                .contentType("application/x-www-form-urlencoded").formParam("token", token)
                .post("/auth/introspect").then().statusCode(200);
    }
}

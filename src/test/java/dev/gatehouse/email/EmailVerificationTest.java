package dev.gatehouse.email;

import static dev.gatehouse.testsupport.Codes.aCode;
import static dev.gatehouse.testsupport.OidcClients.aPublicClient;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.mail.OutboxSender;
import dev.gatehouse.testsupport.MailServer;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /users/me/email-verification}, the mailed link and its page {@code /auth/email-verification}:
 * GET changes nothing, POST verifies once; expired, used, voided and re-addressed links are all the same refusal.
 */
@QuarkusTest
class EmailVerificationTest {

    static final String PASSWORD = "verify-me-correct-horse-42";
    static final String PAGE = "/auth/email-verification";

    @Inject
    OutboxSender sender;
    @Inject
    TestClock clock;

    @Test
    void theMailedLinkShowsAConfirmPageAndItsPostVerifiesTheEmail() {
        Account account = anAccount();
        request(account).statusCode(202);
        String token = mailedToken(account.email());

        given().queryParam("token", token).get(PAGE).then().statusCode(200).contentType("text/html")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .body(containsString(account.email())).body(containsString("name=\"token\" value=\"" + token + "\""));
        given().queryParam("token", token).get(PAGE).then().statusCode(200);
        me(account).body("email_verified", equalTo(false)); // a scanner's GET verified nothing

        confirm(token).statusCode(200).body(containsString("is confirmed")).body(containsString(account.email()));
        me(account).body("email_verified", equalTo(true));
        given().auth().oauth2(Tokens.admin()).get("/users/" + account.id()).then().body("email_verified", equalTo(true));
        assertEquals(1, audited(AuditType.EMAIL_VERIFICATION_SENT, account.id()));
        assertEquals(1, audited(AuditType.EMAIL_VERIFIED, account.id()));
    }

    @Test
    void theIdTokenAndUserinfoSayEmailVerifiedOnceItIs() {
        Account account = anAccount();
        assertEquals(false, idTokenClaims(account).get("email_verified"));
        request(account).statusCode(202);
        confirm(mailedToken(account.email())).statusCode(200);

        assertEquals(true, idTokenClaims(account).get("email_verified"));
        String access = aCode(aPublicClient()).forUser(account.id()).withScope("openid email").issue().redeem()
                .statusCode(200).extract().path("access_token");
        given().auth().oauth2(access).get("/auth/userinfo").then().statusCode(200)
                .body("email", equalTo(account.email())).body("email_verified", equalTo(true));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> idTokenClaims(Account account) {
        String idToken = aCode(aPublicClient()).forUser(account.id()).withScope("openid email").issue().redeem()
                .statusCode(200).extract().path("id_token");
        String payload = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getMap("$");
    }

    @Test
    void aLinkWorksOnce() {
        Account account = anAccount();
        request(account).statusCode(202);
        String token = mailedToken(account.email());
        confirm(token).statusCode(200);
        confirm(token).statusCode(400).body(containsString("This link is not valid"));
        given().queryParam("token", token).get(PAGE).then().statusCode(400).body(not(containsString("<form")));
    }

    @Test
    void aLinkExpiresAfter24Hours() {
        Account account = anAccount();
        request(account).statusCode(202);
        String token = mailedToken(account.email());
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        confirm(token).statusCode(400).body(containsString("This link is not valid"));
        me(account).body("email_verified", equalTo(false));
    }

    @Test
    void aSecondRequestWithinTheIntervalIs429WithRetryAfterAndSendsNothing() {
        Account account = anAccount();
        request(account).statusCode(202);
        request(account).statusCode(429).contentType("application/problem+json").header("Retry-After", "300")
                .body("status", equalTo(429));
        sender.sendDue();
        assertEquals(1, MailServer.messagesTo(account.email()).size());
    }

    @Test
    void aNewerLinkVoidsTheOlderOne() {
        Account account = anAccount();
        request(account).statusCode(202);
        String older = mailedToken(account.email());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        request(account).statusCode(202);
        sender.sendDue();
        List<MimeMessage> mails = MailServer.messagesTo(account.email());
        assertEquals(2, mails.size());
        String newer = token(mails.get(1));

        confirm(older).statusCode(400);
        me(account).body("email_verified", equalTo(false));
        confirm(newer).statusCode(200);
        me(account).body("email_verified", equalTo(true));
    }

    @Test
    void anEmailChangeVoidsTheLinkAndTheVerification() {
        Account account = anAccount();
        request(account).statusCode(202);
        String first = mailedToken(account.email());
        String changed = "changed-" + UUID.randomUUID() + "@example.org";
        patchEmail(account, changed);
        confirm(first).statusCode(400);
        given().auth().oauth2(Tokens.admin()).get("/users/" + account.id()).then().body("email_verified", equalTo(false));

        // verified, then the admin changes the email: the proof was for the old address
        clock.advance(Duration.ofMinutes(6));
        request(account).statusCode(202);
        sender.sendDue();
        confirm(token(MailServer.onlyMessageTo(changed))).statusCode(200);
        patchEmail(account, "again-" + UUID.randomUUID() + "@example.org");
        given().auth().oauth2(Tokens.admin()).get("/users/" + account.id()).then().body("email_verified", equalTo(false));
    }

    @Test
    void aVerifiedEmailIs409() {
        Account account = anAccount();
        request(account).statusCode(202);
        confirm(mailedToken(account.email())).statusCode(200);
        clock.advance(Duration.ofMinutes(6));
        request(account).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void withoutATokenIs401() {
        given().post("/users/me/email-verification").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theMailIsInTheLanguageTheRequestPrefers() {
        Account account = anAccount();
        given().auth().oauth2(Tokens.of(account.email(), PASSWORD)).header("Accept-Language", "de-CH, en;q=0.5")
                .post("/users/me/email-verification").then().statusCode(202);
        sender.sendDue();
        assertEquals("Bestätigen Sie Ihre E-Mail-Adresse", MailServer.subject(MailServer.onlyMessageTo(account.email())));
    }

    @Test
    void unknownMissingOrHostileTokensGetTheSameRefusalNeverA500() {
        for (String token : new String[] {"ghv_unknown", "", "not-even-prefixed", "ghv_" + "x".repeat(2000),
                "ghv_\u0000nul"}) {
            given().queryParam("token", token).get(PAGE).then().statusCode(400).contentType("text/html")
                    .body(containsString("This link is not valid"));
            confirm(token).statusCode(400).body(containsString("This link is not valid"));
        }
        given().get(PAGE).then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").post(PAGE).then().statusCode(400);
    }

    @Test
    void theMailServerBeingDownDoesNotFailTheRequest() {
        Account account = anAccount();
        MailServer.down();
        try {
            request(account).statusCode(202);
            sender.sendDue();
        } finally {
            MailServer.up();
        }
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(mailedToken(account.email()).startsWith("ghv_"));
    }

    record Account(String id, String email) {}

    static Account anAccount() {
        UserBuilder user = aUser().with("password", PASSWORD);
        return new Account(user.create(), user.email());
    }

    static ValidatableResponse request(Account account) {
        return given().auth().oauth2(Tokens.of(account.email(), PASSWORD)).post("/users/me/email-verification").then();
    }

    static ValidatableResponse me(Account account) {
        return given().auth().oauth2(Tokens.of(account.email(), PASSWORD)).get("/users/me").then().statusCode(200);
    }

    static ValidatableResponse confirm(String token) {
        return given().contentType("application/x-www-form-urlencoded").formParam("token", token).post(PAGE).then();
    }

    static void patchEmail(Account account, String email) {
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json")
                .body("{\"email\": \"" + email + "\"}").patch("/users/" + account.id()).then().statusCode(200);
    }

    /** Runs a sending round and returns the token of the one mail to {@code email}. */
    String mailedToken(String email) {
        sender.sendDue();
        if (MailServer.messagesTo(email).isEmpty()) {
            // after MailServer.up() a first connection has been seen to stall until GreenMail's 30 s read timeout;
            // the outbox retries such a mail after its backoff, and so does this
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            sender.sendDue();
        }
        return token(MailServer.onlyMessageTo(email));
    }

    static String token(MimeMessage mail) {
        URI link = URI.create(MailServer.link(mail, "http://localhost:8080" + PAGE + "?token="));
        return URLDecoder.decode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }

    static long audited(String type, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("type = ?1 and userId = ?2", type,
                UUID.fromString(userId)));
    }
}

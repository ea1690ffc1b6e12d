package dev.gatehouse.email;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.mail.OutboxSender;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.testsupport.BrowserClients;
import dev.gatehouse.testsupport.BrowserLogins;
import dev.gatehouse.testsupport.MailServer;
import dev.gatehouse.testsupport.Sessions;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import dev.gatehouse.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /auth/password-reset} (JSON and the hosted form) and the mailed link's page
 * {@code /auth/password-reset/new}: the same answer for every email, mail only where it belongs, a link that
 * works once, under the password rules, from the browser it was opened in, and ends every session.
 */
@QuarkusTest
class PasswordResetTest {

    static final String PASSWORD = "reset-me-correct-horse-42";
    static final String NEW_PASSWORD = "a-brand-new-staple-battery-7";
    static final String REQUEST = "/auth/password-reset";
    static final String PAGE = "/auth/password-reset/new";
    static final String LINK = "http://localhost:8080" + PAGE + "?token=";
    static final String BROWSER_COOKIE = "__Host-gatehouse-browser";

    @Inject
    OutboxSender sender;
    @Inject
    TestClock clock;

    @Test
    void knownUnknownInactiveAndLdapEmailsGetTheSame202AndOnlyTheRightMails() {
        Account known = anAccount();
        Account inactive = anAccount();
        setInactive(inactive);
        Account ldap = anAccount();
        provisionedBy(ldap, "ldap");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        String address = anAddress();

        List<ExtractableResponse<Response>> answers = List.of(requestReset(known.email(), address),
                requestReset(unknown, address), requestReset(inactive.email(), address),
                requestReset(ldap.email(), address));
        for (ExtractableResponse<Response> answer : answers) {
            assertEquals(202, answer.statusCode());
            assertEquals("", answer.body().asString());
            assertEquals(answers.get(0).headers().asList().size(), answer.headers().asList().size());
        }
        sender.sendDue();
        assertTrue(MailServer.link(MailServer.onlyMessageTo(known.email()), LINK).startsWith(LINK + "ghpw_"));
        assertEquals(0, MailServer.messagesTo(unknown).size());
        assertEquals(0, MailServer.messagesTo(inactive.email()).size());
        MimeMessage elsewhere = MailServer.onlyMessageTo(ldap.email());
        assertEquals("Your Gatehouse password is managed elsewhere", MailServer.subject(elsewhere));
        assertTrue(!MailServer.part(elsewhere, "text/plain").contains("http"), "no link for an LDAP user");
        assertEquals(4, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "type = ?1 and clientIp = ?2", AuditType.PASSWORD_RESET_REQUESTED, address)));
    }

    @Test
    void theHostedFormGivesTheSameCheckYourMailPageWhateverTheEmail() {
        Account known = anAccount();
        String address = anAddress();
        String forKnown = form(known.email(), address).statusCode(202).contentType("text/html")
                .header("Cache-Control", "no-store").extract().body().asString();
        String forUnknown = form("nobody-" + UUID.randomUUID() + "@example.org", address).statusCode(202)
                .extract().body().asString();
        assertEquals(forKnown, forUnknown);
        assertTrue(forKnown.contains("Check your mail"));
        given().get(REQUEST).then().statusCode(200).contentType("text/html")
                .body(containsString("action=\"/auth/password-reset\"")).body(containsString("name=\"email\""));
        given().header("Accept-Language", "de").get(REQUEST).then().statusCode(200)
                .body(containsString("Passwort zurücksetzen"));
        assertEquals(1, mailedTokens(known.email()).size());
    }

    @Test
    void theLoginPageLinksToTheResetForm() {
        String clientId = BrowserClients.aPublicClient().redirectingTo("https://app.example/cb").create();
        BrowserLogins.Form form = BrowserLogins.form(BrowserLogins.request(clientId, "https://app.example/cb"));
        assertTrue(form.html().contains("<a href=\"/auth/password-reset\">Forgot password?</a>"));
    }

    @Test
    void theLinkSetsTheNewPasswordOnceEndsSessionsAndRefreshTokensAndMailsANotice() {
        Account account = anAccount();
        String refresh = Tokens.passwordGrant(account.email(), PASSWORD).path("refresh_token");
        UUID session = Sessions.startFor(account.id()).session().id;
        requestReset(account.email(), anAddress());
        String token = mailedTokens(account.email()).get(0);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> PasswordReset.count("tokenHash",
                (Object) Secrets.hash(token))), "only the token's SHA-256 is stored");

        Browser browser = open(token);
        browser.submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(200)
                .body(containsString("Your password is changed"));

        Tokens.passwordGrant(account.email(), NEW_PASSWORD);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", account.email()).formParam("password", PASSWORD).post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refresh).post("/auth/token").then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
        assertTrue(Sessions.row(session) == null || Sessions.row(session).endedAt != null, "the session ended");

        browser.submit("another-fine-password-93", "another-fine-password-93").statusCode(400)
                .body(containsString("This link is not valid"));
        given().queryParam("token", token).get(PAGE).then().statusCode(400).body(not(containsString("<form")));
        sender.sendDue();
        List<MimeMessage> mails = MailServer.messagesTo(account.email());
        assertEquals("Your Gatehouse password was changed", MailServer.subject(mails.get(mails.size() - 1)));
        assertEquals(1, audited(AuditType.PASSWORD_RESET_COMPLETED, account.id()));
    }

    @Test
    void theGetOfTheLinkChangesNothing() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        String token = mailedTokens(account.email()).get(0);
        given().queryParam("token", token).get(PAGE).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer").body(containsString(account.email()));
        given().queryParam("token", token).get(PAGE).then().statusCode(200);
        Tokens.passwordGrant(account.email(), PASSWORD);
        open(token).submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aLinkExpiresAfter30Minutes() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        String token = mailedTokens(account.email()).get(0);
        Browser browser = open(token);
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        browser.submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(400).body(containsString("This link is not valid"));
        Tokens.passwordGrant(account.email(), PASSWORD);
    }

    @Test
    void aNewerLinkVoidsTheOlderOne() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        requestReset(account.email(), anAddress());
        List<String> tokens = mailedTokens(account.email());
        assertEquals(2, tokens.size());
        given().queryParam("token", tokens.get(0)).get(PAGE).then().statusCode(400);
        open(tokens.get(1)).submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aPasswordChangeByTheAdminVoidsTheLink() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        String token = mailedTokens(account.email()).get(0);
        Browser browser = open(token);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"password\": \"admin-chose-this-one-55\"}").put("/users/" + account.id() + "/password")
                .then().statusCode(204);
        browser.submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(400).body(containsString("This link is not valid"));
        Tokens.passwordGrant(account.email(), "admin-chose-this-one-55");
    }

    @Test
    void eachPasswordRuleViolationIsShownAndTheLinkStillWorks() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        Browser browser = open(mailedTokens(account.email()).get(0));
        browser.submit("short", "short").statusCode(400).body(containsString("The password was not accepted"))
                .body(containsString("<li>")).body(containsString("name=\"csrf_token\""));
        browser.submit(account.email(), account.email()).statusCode(400).body(containsString("<li>"));
        browser.submit(NEW_PASSWORD, NEW_PASSWORD + "x").statusCode(400)
                .body(containsString("The two passwords are not the same"));
        Tokens.passwordGrant(account.email(), PASSWORD);
        browser.submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void withoutTheBrowserCookieOrTheCsrfTokenIs403AndNothingChanges() {
        Account account = anAccount();
        requestReset(account.email(), anAddress());
        String token = mailedTokens(account.email()).get(0);
        Browser browser = open(token);
        given().contentType("application/x-www-form-urlencoded").formParam("token", token)
                .formParam("csrf_token", browser.csrf()).formParam("password", NEW_PASSWORD)
                .formParam("password_again", NEW_PASSWORD).post(PAGE).then().statusCode(403)
                .body(containsString("could not be verified"));
        given().cookie(BROWSER_COOKIE, browser.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("token", token).formParam("password", NEW_PASSWORD).formParam("password_again", NEW_PASSWORD)
                .post(PAGE).then().statusCode(403);
        Browser other = open(token);
        given().cookie(BROWSER_COOKIE, other.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("token", token).formParam("csrf_token", browser.csrf()).formParam("password", NEW_PASSWORD)
                .formParam("password_again", NEW_PASSWORD).post(PAGE).then().statusCode(403);
        Tokens.passwordGrant(account.email(), PASSWORD);
        browser.submit(NEW_PASSWORD, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void pastTheAccountLimitTheAnswerStaysTheSameButNoMailIsSent() {
        Account account = anAccount();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, requestReset(account.email(), anAddress()).statusCode());
        }
        assertEquals(3, mailedTokens(account.email()).size());
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        requestReset(account.email(), anAddress());
        assertEquals(4, mailedTokens(account.email()).size());
    }

    @Test
    void pastTheAddressLimitIs429WithRetryAfter() {
        String address = anAddress();
        for (int i = 0; i < 20; i++) {
            assertEquals(202, requestReset("nobody-" + UUID.randomUUID() + "@example.org", address).statusCode());
        }
        given().header("X-Forwarded-For", address).contentType("application/json")
                .body("{\"email\": \"x-" + UUID.randomUUID() + "@example.org\"}").post(REQUEST).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "3600").body("status", equalTo(429));
        form("y-" + UUID.randomUUID() + "@example.org", address).statusCode(429).contentType("text/html")
                .header("Retry-After", "3600").body(containsString("Too many requests"));
        assertEquals(202, requestReset("z-" + UUID.randomUUID() + "@example.org", anAddress()).statusCode());
    }

    @Test
    void hostileOrMalformedInputIsAProblemOrTheSameRefusalNeverA500() {
        String address = anAddress();
        for (String body : new String[] {"{}", "{\"email\": \"\"}", "{\"email\": {\"a\": 1}}", "not json", "[]",
                "{\"email\": \"a\\u0000b@example.org\"}", "{\"email\": \"" + "a".repeat(5000) + "@example.org\"}"}) {
            given().header("X-Forwarded-For", address).contentType("application/json").body(body).post(REQUEST)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        form("a\u0000b@example.org", address).statusCode(400).contentType("text/html");
        form("a".repeat(5000), address).statusCode(400).contentType("text/html");
        for (String token : new String[] {"ghpw_unknown", "", "nope", "ghpw_" + "x".repeat(2000), "ghpw_\u0000nul"}) {
            given().queryParam("token", token).get(PAGE).then().statusCode(400).contentType("text/html")
                    .body(containsString("This link is not valid"));
        }
        given().get(PAGE).then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").post(PAGE).then().statusCode(403);
    }

    @Test
    void theMailsAreInTheLanguageTheRequestPrefers() {
        Account account = anAccount();
        given().header("X-Forwarded-For", anAddress()).header("Accept-Language", "de").contentType("application/json")
                .body("{\"email\": \"" + account.email() + "\"}").post(REQUEST).then().statusCode(202);
        sender.sendDue();
        assertEquals("Setzen Sie Ihr Gatehouse-Passwort zurück",
                MailServer.subject(MailServer.onlyMessageTo(account.email())));
    }

    // helpers

    record Account(String id, String email) {}

    /** The page the link opened in one browser: its cookie and the form's CSRF token. */
    record Browser(String token, String cookie, String csrf) {
        ValidatableResponse submit(String password, String again) {
            return given().cookie(BROWSER_COOKIE, cookie).contentType("application/x-www-form-urlencoded")
                    .formParam("token", token).formParam("csrf_token", csrf).formParam("password", password)
                    .formParam("password_again", again).post(PAGE).then();
        }
    }

    static Browser open(String token) {
        ExtractableResponse<Response> page = given().queryParam("token", token).get(PAGE).then().statusCode(200)
                .body(containsString("action=\"/auth/password-reset/new\"")).extract();
        Matcher csrf = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"").matcher(page.body().asString());
        assertTrue(csrf.find());
        String cookie = page.cookie(BROWSER_COOKIE);
        assertNotNull(cookie);
        return new Browser(token, cookie, csrf.group(1));
    }

    static Account anAccount() {
        UserBuilder user = aUser().with("password", PASSWORD);
        return new Account(user.create(), user.email());
    }

    static void setInactive(Account account) {
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json")
                .body("{\"is_active\": false}").patch("/users/" + account.id()).then().statusCode(200);
    }

    static void provisionedBy(Account account, String backend) {
        QuarkusTransaction.requiringNew().run(() -> User.update("provisionedBy = ?1 where id = ?2", backend,
                UUID.fromString(account.id())));
    }

    /** A client address of its own per call, as a trusted proxy reports it, so no test meets another's limit. */
    static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static ExtractableResponse<Response> requestReset(String email, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json")
                .body("{\"email\": \"" + email + "\"}").post(REQUEST).then().extract();
    }

    static ValidatableResponse form(String email, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                .formParam("email", email).post(REQUEST).then();
    }

    /** Runs a sending round and returns the tokens of the reset mails to {@code email}, oldest first. */
    List<String> mailedTokens(String email) {
        sender.sendDue();
        return MailServer.messagesTo(email).stream()
                .filter(mail -> MailServer.part(mail, "text/plain").contains(LINK))
                .map(PasswordResetTest::token).toList();
    }

    static String token(MimeMessage mail) {
        URI link = URI.create(MailServer.link(mail, LINK));
        return URLDecoder.decode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }

    static long audited(String type, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("type = ?1 and userId = ?2", type,
                UUID.fromString(userId)));
    }
}

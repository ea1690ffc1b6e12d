package dev.gatehouse.oidc;

import static dev.gatehouse.testsupport.BrowserClients.aPublicClient;
import static dev.gatehouse.testsupport.BrowserLogins.BROWSER_COOKIE;
import static dev.gatehouse.testsupport.BrowserLogins.SESSION_COOKIE;
import static dev.gatehouse.testsupport.BrowserLogins.authorize;
import static dev.gatehouse.testsupport.BrowserLogins.browser;
import static dev.gatehouse.testsupport.BrowserLogins.form;
import static dev.gatehouse.testsupport.BrowserLogins.query;
import static dev.gatehouse.testsupport.BrowserLogins.request;
import static dev.gatehouse.testsupport.BrowserLogins.sessionOf;
import static dev.gatehouse.testsupport.BrowserLogins.submit;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.AuthorizationCode;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.testsupport.BrowserLogins.Form;
import dev.gatehouse.testsupport.Logins;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hosted login form: the login, its one failure message, CSRF, sessions (SSO), headers, language, escaping. */
@QuarkusTest
class LoginFormTest {

    static final String REDIRECT = "https://app.example/callback";
    static final String PASSWORD = "a long and unusual passphrase 93";
    static final String FAILED = "The email or password is incorrect.";

    @Inject
    TestClock clock;

    String clientId;
    UserBuilder user;
    String userId;

    @BeforeEach
    void clientAndUser() {
        clientId = aPublicClient().named("Shop & Co").redirectingTo(REDIRECT).create();
        user = aUser().with("password", PASSWORD);
        userId = user.create();
    }

    @Test
    void loginWhenPasswordRightThenCodeStateAndIssAndTheCodeIsBoundToTheRequest() {
        Form form = form(request(clientId, REDIRECT));
        ExtractableResponse<Response> done = submit(form, user.email(), PASSWORD);
        assertEquals(303, done.statusCode(), done.asString());
        Map<String, String> query = query(done);
        assertEquals("state-123", query.get("state"));
        assertEquals("http://localhost:8080", query.get("iss"));
        AuthorizationCode code = QuarkusTransaction.requiringNew()
                .call(() -> AuthorizationCode.findById(Secrets.hash(query.get("code"))));
        assertEquals(clientId, code.clientId);
        assertEquals(REDIRECT, code.redirectUri);
        assertEquals(userId, code.userId.toString());
        assertEquals("openid email", code.scope);
        assertEquals("nonce-456", code.nonce);
        assertEquals(dev.gatehouse.testsupport.BrowserLogins.CHALLENGE, code.codeChallenge);
        LoginSession session = QuarkusTransaction.requiringNew().call(() -> LoginSession.findById(code.sessionId));
        assertEquals("pwd", session.amr);
    }

    @Test
    void loginWhenSucceededThenSessionCookieIsHostPrefixedHttpOnlySecureLaxAtRoot() {
        ExtractableResponse<Response> done = submit(form(request(clientId, REDIRECT)), user.email(), PASSWORD);
        String setCookie = done.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Domain="), setCookie);
    }

    @Test
    void loginWhenSameFormSubmittedAgainThenRefusedAsExpired() {
        Form form = form(request(clientId, REDIRECT));
        assertEquals(303, submit(form, user.email(), PASSWORD).statusCode());
        ExtractableResponse<Response> again = submit(form, user.email(), PASSWORD);
        assertEquals(400, again.statusCode());
        assertTrue(again.asString().contains("expired"));
    }

    @Test
    void loginWhenWrongPasswordUnknownUserOrInactiveUserThenOneMessageAndStatus() {
        UserBuilder inactive = aUser().with("password", PASSWORD).with("is_active", false);
        inactive.create();
        List<ExtractableResponse<Response>> failures = List.of(
                submit(form(request(clientId, REDIRECT)), user.email(), "not the password"),
                submit(form(request(clientId, REDIRECT)), "nobody-" + user.email(), PASSWORD),
                submit(form(request(clientId, REDIRECT)), inactive.email(), PASSWORD),
                submit(form(request(clientId, REDIRECT)), user.email(), ""));
        for (ExtractableResponse<Response> failure : failures) {
            assertEquals(400, failure.statusCode());
            assertTrue(failure.asString().contains("role=\"alert\">" + FAILED + "</p>"), failure.asString());
            assertTrue(failure.asString().contains("aria-describedby=\"login-error\""));
            assertNull(failure.cookie(SESSION_COOKIE));
        }
    }

    @Test
    void loginWhenFailedThenTheFormComesBackUsableWithTheTypedEmail() {
        Form form = form(request(clientId, REDIRECT));
        ExtractableResponse<Response> failed = submit(form, user.email(), "not the password");
        assertTrue(failed.asString().contains("value=\"" + user.email() + "\""));
        assertEquals(303, submit(form, user.email(), PASSWORD).statusCode());
    }

    @Test
    void loginWhenAccountLockedThenLockoutPageWithTheWait() {
        Logins.failures(user.email(), 30);
        ExtractableResponse<Response> locked = submit(form(request(clientId, REDIRECT)), user.email(), PASSWORD);
        assertEquals(429, locked.statusCode());
        assertNotNull(locked.header("Retry-After"));
        assertTrue(locked.asString().contains("Try again in " + locked.header("Retry-After") + " seconds."),
                locked.asString());
        assertNull(locked.cookie(SESSION_COOKIE));
    }

    @Test
    void loginWhenCsrfTokenMissingThenForbiddenPageAndNoLoginAttempted() {
        Form form = form(request(clientId, REDIRECT));
        ExtractableResponse<Response> answer = browser().cookie(BROWSER_COOKIE, form.browserCookie())
                .contentType("application/x-www-form-urlencoded").formParam("request", form.requestId())
                .formParam("email", user.email()).formParam("password", PASSWORD).post("/auth/login").then().extract();
        assertForgedAndNoLogin(answer);
    }

    @Test
    void loginWhenCsrfTokenWrongThenForbiddenPageAndNoLoginAttempted() {
        Form form = form(request(clientId, REDIRECT));
        Form other = form(request(clientId, REDIRECT)); // a real token, of another form
        assertForgedAndNoLogin(submit(new Form(form.requestId(), other.csrfToken(), form.browserCookie(), ""),
                user.email(), PASSWORD));
    }

    @Test
    void loginWhenBrowserCookieMissingOrOtherThenForbidden() {
        Form attackers = form(request(clientId, REDIRECT)); // an attacker's own form, posted from a victim's browser
        Form victims = form(request(clientId, REDIRECT));
        assertForgedAndNoLogin(submit(new Form(attackers.requestId(), attackers.csrfToken(), victims.browserCookie(), ""),
                user.email(), PASSWORD));
        assertForgedAndNoLogin(submit(new Form(attackers.requestId(), attackers.csrfToken(), null, ""),
                user.email(), PASSWORD));
    }

    @Test
    void loginWhenFormOlderThanItsLifetimeThenExpiredPage() {
        Form form = form(request(clientId, REDIRECT));
        clock.advance(Duration.ofMinutes(11));
        ExtractableResponse<Response> late = submit(form, user.email(), PASSWORD);
        assertEquals(400, late.statusCode());
        assertTrue(late.asString().contains("expired"));
    }

    @Test
    void loginWhenRequestIdMalformedThenErrorPageNot500() {
        Form form = form(request(clientId, REDIRECT));
        ExtractableResponse<Response> answer = submit(new Form("not-a-uuid\u0000", form.csrfToken(),
                form.browserCookie(), ""), user.email(), PASSWORD);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.contentType().startsWith("text/html"));
    }

    @Test
    void authorizeWhenSessionActiveThenCodeWithoutTheForm() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        ExtractableResponse<Response> again = browser().cookie(SESSION_COOKIE, session)
                .queryParams(request(clientId, REDIRECT)).get("/auth/authorize").then().extract();
        assertEquals(303, again.statusCode(), again.asString());
        assertNotNull(query(again).get("code"));
        assertEquals("state-123", query(again).get("state"));
    }

    @Test
    void authorizeWhenPromptNoneAndSessionActiveThenCode() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("prompt", "none");
        ExtractableResponse<Response> again = browser().cookie(SESSION_COOKIE, session).queryParams(params)
                .get("/auth/authorize").then().extract();
        assertNotNull(query(again).get("code"));
    }

    @Test
    void authorizeWhenPromptLoginWithSessionThenTheForm() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        for (String prompt : new String[] {"login", "consent", "select_account"}) {
            Map<String, String> params = request(clientId, REDIRECT);
            params.put("prompt", prompt);
            browser().cookie(SESSION_COOKIE, session).queryParams(params).get("/auth/authorize").then()
                    .statusCode(200).contentType("text/html");
        }
    }

    @Test
    void authorizeWhenMaxAgeExceededThenTheFormElseTheCode() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        clock.advance(Duration.ofSeconds(120));
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("max_age", "60");
        browser().cookie(SESSION_COOKIE, session).queryParams(params).get("/auth/authorize").then().statusCode(200);
        params.put("max_age", "3600");
        browser().cookie(SESSION_COOKIE, session).queryParams(params).get("/auth/authorize").then().statusCode(303);
        params.put("max_age", "60");
        params.put("prompt", "none");
        ExtractableResponse<Response> silent = browser().cookie(SESSION_COOKIE, session).queryParams(params)
                .get("/auth/authorize").then().statusCode(303).extract();
        assertEquals("login_required", query(silent).get("error"));
    }

    @Test
    void authorizeWhenLoginHintNamesAnotherUserThanTheSessionsThenTheFormWithTheHint() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("login_hint", "someone-else@example.org");
        String html = browser().cookie(SESSION_COOKIE, session).queryParams(params).get("/auth/authorize").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("value=\"someone-else@example.org\""));
        params.put("login_hint", user.email().toUpperCase());
        browser().cookie(SESSION_COOKIE, session).queryParams(params).get("/auth/authorize").then().statusCode(303);
    }

    @Test
    void authorizeWhenTheSessionsUserWasDeactivatedThenLoginRequired() {
        String session = sessionOf(clientId, REDIRECT, user.email(), PASSWORD);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("is_active", false))
                .patch("/users/" + userId).then().statusCode(200);
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("prompt", "none");
        ExtractableResponse<Response> silent = browser().cookie(SESSION_COOKIE, session).queryParams(params)
                .get("/auth/authorize").then().statusCode(303).extract();
        assertEquals("login_required", query(silent).get("error"));
    }

    @Test
    void authorizeWhenSessionCookieUnknownThenTheForm() {
        browser().cookie(SESSION_COOKIE, "ghsn_forged").queryParams(request(clientId, REDIRECT))
                .get("/auth/authorize").then().statusCode(200);
    }

    @Test
    void pagesSendTheSecurityHeaders() {
        ExtractableResponse<Response> login = authorize(request(clientId, REDIRECT));
        assertEquals("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' https://app.example; "
                + "frame-ancestors 'none'; base-uri 'none'", login.header("Content-Security-Policy"));
        ExtractableResponse<Response> error = authorize(request("no-such-client", REDIRECT));
        assertEquals("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'", error.header("Content-Security-Policy"));
        for (ExtractableResponse<Response> page : List.of(login, error)) {
            assertEquals("no-referrer", page.header("Referrer-Policy"));
            assertEquals("nosniff", page.header("X-Content-Type-Options"));
            assertEquals("no-store", page.header("Cache-Control"));
        }
    }

    @Test
    void loginPageIsAccessibleMarkup() {
        String html = authorize(request(clientId, REDIRECT)).asString();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("<label for=\"email\">Email</label>"));
        assertTrue(html.contains("autocomplete=\"username\""));
        assertTrue(html.contains("<label for=\"password\">Password</label>"));
        assertTrue(html.contains("autocomplete=\"current-password\""));
        assertTrue(html.contains("Log in to continue to Shop &amp; Co."), html);
        assertFalse(html.contains("<script"));
    }

    @Test
    void pagesSpeakGermanWhenTheBrowserPrefersIt() {
        ExtractableResponse<Response> page = browser().header("Accept-Language", "fr-CH, de;q=0.9, en;q=0.8")
                .queryParams(request(clientId, REDIRECT)).get("/auth/authorize").then().statusCode(200).extract();
        assertTrue(page.asString().contains("<html lang=\"de\">"));
        assertTrue(page.asString().contains("<label for=\"password\">Passwort</label>"));
        Form form = Form.of(page);
        String failed = browser().header("Accept-Language", "de-DE").cookie(BROWSER_COOKIE, form.browserCookie())
                .contentType("application/x-www-form-urlencoded").formParam("request", form.requestId())
                .formParam("csrf_token", form.csrfToken()).formParam("email", user.email())
                .formParam("password", "falsch").post("/auth/login").then().statusCode(400).extract().asString();
        assertTrue(failed.contains("Die E-Mail-Adresse oder das Passwort ist falsch."), failed);
        browser().header("Accept-Language", "de").queryParams(request("no-such-client", REDIRECT))
                .get("/auth/authorize").then().statusCode(400).body(org.hamcrest.Matchers.containsString("nicht registriert"));
    }

    @Test
    void hostileLoginHintAndStateAreEscapedOrEncoded() {
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("login_hint", "\"><script>alert(1)</script>");
        params.put("state", "<script>alert(2)</script>");
        Form form = form(params);
        assertFalse(form.html().contains("<script>"), form.html());
        assertTrue(form.html().contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), form.html());
        ExtractableResponse<Response> done = submit(form, user.email(), PASSWORD);
        assertEquals("<script>alert(2)</script>", query(done).get("state"));
        assertFalse(done.header("Location").contains("<"));
    }

    @Test
    void formLoginIsAuditedLikeTheTokenEndpointWithTheClient() {
        submit(form(request(clientId, REDIRECT)), user.email(), "not the password");
        submit(form(request(clientId, REDIRECT)), user.email(), PASSWORD);
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", userId).get("/audit-events").then().statusCode(200)
                .body("items.type", contains("login.succeeded", "login.failed", "user.created"))
                .body("items[0].detail.client_id", equalTo(clientId))
                .body("items[0].detail.backend", equalTo("database"))
                .body("items[1].detail.reason", equalTo("invalid_credentials"));
    }

    @Test
    void stylesheetIsServed() {
        given().get("/auth/assets/login.css").then().statusCode(200).contentType("text/css")
                .header("X-Content-Type-Options", "nosniff");
    }

    private void assertForgedAndNoLogin(ExtractableResponse<Response> answer) {
        assertEquals(403, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("text/html"));
        assertTrue(answer.asString().contains("no login was attempted"));
        assertNull(answer.cookie(SESSION_COOKIE));
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", userId).get("/audit-events").then().statusCode(200)
                .body("items.type", contains("user.created"));
    }
}

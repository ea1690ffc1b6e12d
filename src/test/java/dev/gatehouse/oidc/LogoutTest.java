package dev.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.session.SessionCookie;
import dev.gatehouse.session.StartedSession;
import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.ClientBuilder;
import dev.gatehouse.testsupport.Codes;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.testsupport.EndedSessions;
import dev.gatehouse.testsupport.Hints;
import dev.gatehouse.testsupport.Sessions;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RP-initiated logout at /auth/logout: it logs out without asking only for a valid hint of the browser's own
 * session, redirects only to a registered URI of the hint's client (with state), and otherwise asks on a page
 * whose form is CSRF-protected; a forged or foreign hint neither logs out nor redirects.
 */
@QuarkusTest
class LogoutTest {

    static final String AFTER_LOGOUT = "https://rp.example/after-logout";

    @Inject
    SessionCookie sessionCookie;
    @Inject
    LogoutCsrf csrf;
    @Inject
    BrowserCookie browserCookie;
    @Inject
    EndedSessions ended;

    String clientId;
    String userId;
    StartedSession session;

    @BeforeEach
    void aClientAndALoggedInBrowser() {
        clientId = aClient(List.of(AFTER_LOGOUT, "https://rp.example/bye?from=gatehouse"));
        userId = Callers.plain().id();
        session = Sessions.startFor(userId);
    }

    @Test
    void validHintOfTheBrowsersSessionLogsOutAtOnceAndRedirectsWithState() {
        Response response = browser().queryParam("id_token_hint", Hints.of(userId, clientId, sid()))
                .queryParam("post_logout_redirect_uri", AFTER_LOGOUT).queryParam("state", "s t&ate")
                .when().get("/auth/logout");

        response.then().statusCode(303).header("Location", equalTo(AFTER_LOGOUT + "?state=s+t%26ate"));
        assertEquals(0, response.detailedCookie(sessionCookie.name()).getMaxAge(), "the session cookie is cleared");
        assertEnded(sid());
        given().auth().oauth2(Tokens.admin()).queryParam("type", "session.ended").queryParam("user_id", userId)
                .when().get("/audit-events").then().statusCode(200).body("items[0].detail.reason", equalTo("logout"));
    }

    @Test
    void theIdTokenOfACodeRedemptionLogsOutAndEndsTheSessionsRefreshTokens() {
        OidcClient rp = new OidcClient(clientId, null, "https://spa.example.org/callback");
        var tokens = Codes.aCode(rp).forUser(userId).inSession(sid()).issue().redeem().statusCode(200).extract();
        String idToken = tokens.path("id_token");
        String refreshToken = tokens.path("refresh_token");

        browser().queryParam("id_token_hint", idToken).queryParam("post_logout_redirect_uri", AFTER_LOGOUT)
                .queryParam("state", "after").when().get("/auth/logout")
                .then().statusCode(303).header("Location", equalTo(AFTER_LOGOUT + "?state=after"));

        assertEnded(sid());
        rp.tokenRequest().formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void stateIsAddedToTheQueryARegisteredUriAlreadyHas() {
        browser().queryParam("id_token_hint", Hints.of(userId, clientId, sid()))
                .queryParam("post_logout_redirect_uri", "https://rp.example/bye?from=gatehouse").queryParam("state", "x")
                .when().get("/auth/logout")
                .then().statusCode(303).header("Location", equalTo("https://rp.example/bye?from=gatehouse&state=x"));
    }

    @Test
    void validHintWithoutARedirectUriLogsOutOntoThePage() {
        browser().queryParam("id_token_hint", Hints.of(userId, clientId, sid())).when().get("/auth/logout")
                .then().statusCode(200).contentType(containsString("text/html")).header("Location", nullValue())
                .body(containsString("You are logged out"));
        assertEnded(sid());
    }

    @Test
    void unregisteredRedirectUriIsNeverRedirectedTo() {
        String hint = Hints.of(userId, clientId, sid());
        for (String uri : List.of("https://evil.example/", AFTER_LOGOUT + "/", AFTER_LOGOUT.toUpperCase())) {
            browser().queryParam("id_token_hint", hint).queryParam("post_logout_redirect_uri", uri)
                    .when().get("/auth/logout")
                    .then().statusCode(200).header("Location", nullValue()).body(containsString("name=\"csrf_token\""));
        }
        assertActive(sid());

        confirm(hint, uri -> uri.formParam("post_logout_redirect_uri", "https://evil.example/"))
                .then().statusCode(200).header("Location", nullValue()).body(containsString("You are logged out"));
        assertEnded(sid());
    }

    @Test
    void forgedHintsNeitherLogOutNorRedirect() {
        for (String hint : List.of(Hints.forged(userId, clientId, sid()),
                Hints.fromIssuer("https://other-issuer.example", userId, clientId, sid()),
                Hints.accessTokenTyped(userId, clientId, sid()), "not.a.jwt", "e30.e30.")) {
            browser().queryParam("id_token_hint", hint).queryParam("post_logout_redirect_uri", AFTER_LOGOUT)
                    .queryParam("state", "s").when().get("/auth/logout")
                    .then().statusCode(200).header("Location", nullValue())
                    .body(containsString("could not be verified")).body(containsString("name=\"csrf_token\""));
            assertActive(sid());
        }
        // past the form attribute limit: the browser's error page, not a 500
        browser().contentType("application/x-www-form-urlencoded").formParam("id_token_hint", "x".repeat(20_000))
                .formParam("post_logout_redirect_uri", AFTER_LOGOUT).when().post("/auth/logout")
                .then().statusCode(400).contentType(containsString("text/html")).header("Location", nullValue());
        assertActive(sid());
        confirm(Hints.forged(userId, clientId, sid()), r -> r.formParam("post_logout_redirect_uri", AFTER_LOGOUT))
                .then().statusCode(200).header("Location", nullValue());
        assertEnded(sid());
    }

    @Test
    void missingHintAsksForConfirmationAndLeavesTheSession() {
        browser().when().get("/auth/logout")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .body(containsString("action=\"/auth/logout\"")).body(containsString("name=\"csrf_token\""));
        assertActive(sid());
    }

    @Test
    void confirmationWithoutAHintLogsOutButDoesNotRedirect() {
        confirm(null, r -> r.formParam("client_id", clientId).formParam("post_logout_redirect_uri", AFTER_LOGOUT)
                .formParam("state", "s"))
                .then().statusCode(200).header("Location", nullValue()).body(containsString("You are logged out"));
        assertEnded(sid());
    }

    @Test
    void confirmationWithAWrongOrMissingCsrfTokenIsRefused() {
        String browserValue = csrfCookieFromConfirmationPage();
        browser().cookie(browserCookie.name(), browserValue).contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", "forged").when().post("/auth/logout")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("not logged out"));
        browser().contentType("application/x-www-form-urlencoded").formParam("csrf_token", csrf.tokenFor(browserValue))
                .when().post("/auth/logout").then().statusCode(403);
        browser().cookie(browserCookie.name(), "ghb_" + "A".repeat(43)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", csrf.tokenFor(browserValue)).when().post("/auth/logout")
                .then().statusCode(403);
        assertActive(sid());
    }

    @Test
    void clientIdOtherThanTheHintsAudienceIsNotRedirected() {
        String other = aClient(List.of(AFTER_LOGOUT));
        browser().queryParam("id_token_hint", Hints.of(userId, clientId, sid())).queryParam("client_id", other)
                .queryParam("post_logout_redirect_uri", AFTER_LOGOUT).when().get("/auth/logout")
                .then().statusCode(200).header("Location", nullValue()).body(containsString("name=\"csrf_token\""));
        assertActive(sid());
    }

    @Test
    void hintOfAnotherSessionAsksAndThenEndsBoth() {
        StartedSession elsewhere = Sessions.startFor(userId);
        String hint = Hints.of(userId, clientId, elsewhere.session().id);

        browser().queryParam("id_token_hint", hint).queryParam("post_logout_redirect_uri", AFTER_LOGOUT)
                .when().get("/auth/logout").then().statusCode(200).body(containsString("name=\"csrf_token\""));
        assertActive(sid());
        assertActive(elsewhere.session().id);

        confirm(hint, r -> r.formParam("post_logout_redirect_uri", AFTER_LOGOUT).formParam("state", "st"))
                .then().statusCode(303).header("Location", equalTo(AFTER_LOGOUT + "?state=st"));
        assertEnded(sid());
        assertEnded(elsewhere.session().id);
    }

    @Test
    void rpFormPostWithoutTheCookieAsksThenEndsTheHintsSession() {
        String hint = Hints.of(userId, clientId, sid());
        // a cross-site form POST carries no SameSite=Lax session cookie
        Response page = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("id_token_hint", hint)
                .formParam("post_logout_redirect_uri", AFTER_LOGOUT).when().post("/auth/logout");
        page.then().statusCode(200).body(containsString("name=\"csrf_token\""));
        assertActive(sid());

        String browserValue = page.detailedCookie(browserCookie.name()).getValue();
        given().redirects().follow(false).cookie(browserCookie.name(), browserValue).contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", csrf.tokenFor(browserValue)).formParam("id_token_hint", hint)
                .formParam("post_logout_redirect_uri", AFTER_LOGOUT).when().post("/auth/logout")
                .then().statusCode(303).header("Location", equalTo(AFTER_LOGOUT));
        assertEnded(sid());
    }

    @Test
    void hintSidOfAnotherUsersSessionIsNotEnded() {
        String otherUser = Callers.plain().id();
        StartedSession theirs = Sessions.startFor(otherUser);
        confirm(Hints.of(userId, clientId, theirs.session().id), r -> r).then().statusCode(200);
        assertActive(theirs.session().id);
        assertEnded(sid());
    }

    @Test
    void withNothingToEndAValidHintRedirectsAtOnce() {
        given().redirects().follow(false).queryParam("id_token_hint", Hints.of(userId, clientId, UUID.randomUUID()))
                .queryParam("post_logout_redirect_uri", AFTER_LOGOUT).queryParam("state", "z")
                .when().get("/auth/logout").then().statusCode(303).header("Location", equalTo(AFTER_LOGOUT + "?state=z"));
        given().when().get("/auth/logout").then().statusCode(200).body(containsString("You are logged out"))
                .body(not(containsString("csrf_token")));
        assertActive(sid());
    }

    @Test
    void confirmationPageEscapesWhatItCarries() {
        browser().queryParam("state", "\"><script>alert(1)</script>").queryParam("client_id", clientId)
                .when().get("/auth/logout").then().statusCode(200)
                .body(not(containsString("<script>"))).body(containsString("&quot;&gt;&lt;script&gt;"));
    }

    @Test
    void pagesSpeakTheFirstSupportedUiLocaleElseTheBrowsersLanguage() {
        browser().queryParam("ui_locales", "fr de").header("Accept-Language", "en").when().get("/auth/logout")
                .then().statusCode(200).header("Content-Language", "de").body(containsString("Abmelden"));
        browser().queryParam("ui_locales", "fr").header("Accept-Language", "de-DE,de;q=0.9").when().get("/auth/logout")
                .then().statusCode(200).header("Content-Language", "de");
        browser().queryParam("ui_locales", "fr %%%").when().get("/auth/logout")
                .then().statusCode(200).header("Content-Language", "en").body(containsString("Log out"));
    }

    @Test
    void confirmationFormMayBeAnsweredByTheRedirectToTheClientsOrigin() {
        browser().queryParam("id_token_hint", Hints.of(userId, clientId, UUID.randomUUID()))
                .queryParam("post_logout_redirect_uri", AFTER_LOGOUT).when().get("/auth/logout")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("form-action 'self' https://rp.example;"));
    }

    @Test
    void malformedInputIsAnHtmlPageNeverA500() {
        // a NUL no client id can hold: the confirmation page (no such client) or a 400 page, never a 500
        browser().queryParam("client_id", "nul\u0000byte").when().get("/auth/logout").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)).contentType(containsString("text/html"));
        browser().contentType("application/x-www-form-urlencoded").formParam("client_id", "nul\u0000byte")
                .formParam("post_logout_redirect_uri", AFTER_LOGOUT).when().post("/auth/logout").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)).contentType(containsString("text/html"));
        browser().contentType("application/json").body("{}").when().post("/auth/logout").then().statusCode(415);
        browser().queryParam("id_token_hint", Hints.of(userId, clientId, sid()))
                .queryParam("post_logout_redirect_uri", "not a uri \u0000").when().get("/auth/logout").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500));
        assertActive(sid());
    }

    /** Shows the confirmation page, then submits its form with its CSRF token, as the browser would. */
    private Response confirm(String hint, java.util.function.UnaryOperator<io.restassured.specification.RequestSpecification> extra) {
        String browserValue = csrfCookieFromConfirmationPage();
        var request = browser().cookie(browserCookie.name(), browserValue).contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", csrf.tokenFor(browserValue));
        if (hint != null) {
            request = request.formParam("id_token_hint", hint);
        }
        return extra.apply(request).when().post("/auth/logout");
    }

    /** The confirmation page's CSRF cookie, checked against the token its form carries. */
    private String csrfCookieFromConfirmationPage() {
        Response page = browser().when().get("/auth/logout");
        String value = page.detailedCookie(browserCookie.name()).getValue();
        Matcher token = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find());
        assertEquals(csrf.tokenFor(value), token.group(1));
        return value;
    }

    private io.restassured.specification.RequestSpecification browser() {
        return given().redirects().follow(false).cookie(sessionCookie.name(), session.secret());
    }

    private UUID sid() {
        return session.session().id;
    }

    private void assertEnded(UUID id) {
        assertNotNull(Sessions.row(id).endedAt, "session ended");
        assertTrue(ended.fired(id), "SessionEnded fired, so its refresh tokens end");
    }

    private static void assertActive(UUID id) {
        assertNull(Sessions.row(id).endedAt, "session still active");
    }

    /** A public client registered through POST /clients, as an operator registers an RP. */
    private static String aClient(List<String> postLogoutRedirectUris) {
        return (String) ClientBuilder.aPublicClient()
                .postLogoutRedirectUris(postLogoutRedirectUris.toArray(String[]::new)).create().get("client_id");
    }
}

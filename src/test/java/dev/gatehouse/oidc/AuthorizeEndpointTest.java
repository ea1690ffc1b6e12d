package dev.gatehouse.oidc;

import static dev.gatehouse.testsupport.BrowserClients.aPublicClient;
import static dev.gatehouse.testsupport.BrowserLogins.authorize;
import static dev.gatehouse.testsupport.BrowserLogins.browser;
import static dev.gatehouse.testsupport.BrowserLogins.query;
import static dev.gatehouse.testsupport.BrowserLogins.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /auth/authorize}'s errors (RFC 6749 §4.1.2.1): a bad client or redirect URI is a page and never a
 * redirect; every other error goes back to the redirect URI with error, state and iss (RFC 9207).
 */
@QuarkusTest
class AuthorizeEndpointTest {

    static final String REDIRECT = "https://app.example/callback";
    static final String ISSUER = "http://localhost:8080";

    String clientId;

    @BeforeEach
    void client() {
        clientId = aPublicClient().redirectingTo(REDIRECT, "https://app.example/cb?tenant=7").create();
    }

    @Test
    void authorizeWhenClientUnknownThenErrorPageAndNoRedirect() {
        assertPageNotRedirect(authorize(request("no-such-client", REDIRECT)));
    }

    @Test
    void authorizeWhenClientIdMissingOrRepeatedThenErrorPage() {
        Map<String, String> params = request(clientId, REDIRECT);
        params.remove("client_id");
        assertPageNotRedirect(authorize(params));
        assertPageNotRedirect(browser().queryParams(request(clientId, REDIRECT)).queryParam("client_id", clientId)
                .get("/auth/authorize").then().extract());
    }

    @Test
    void authorizeWhenRedirectUriNotExactlyRegisteredThenErrorPageAndNoRedirect() {
        for (String other : new String[] {REDIRECT + "/", REDIRECT + "?x=1", "https://evil.example/callback",
                "HTTPS://app.example/callback", ""}) {
            assertPageNotRedirect(authorize(request(clientId, other)));
        }
        Map<String, String> params = request(clientId, REDIRECT);
        params.remove("redirect_uri"); // required even though the client has registered URIs (OIDC Core §3.1.2.1)
        assertPageNotRedirect(authorize(params));
    }

    @Test
    void authorizeWhenResponseTypeIsNotCodeThenUnsupportedResponseType() {
        assertError(p -> p.put("response_type", "token"), "unsupported_response_type");
        assertError(p -> p.put("response_type", "code id_token"), "unsupported_response_type");
        assertError(p -> p.remove("response_type"), "invalid_request");
    }

    @Test
    void authorizeWhenClientMayNotUseTheCodeFlowThenUnauthorizedClient() {
        clientId = aPublicClient().redirectingTo(REDIRECT).withGrantTypes("refresh_token").create();
        assertError(p -> {}, "unauthorized_client");
    }

    @Test
    void authorizeWhenPkceMissingOrPlainOrMalformedThenInvalidRequest() {
        assertError(p -> p.remove("code_challenge"), "invalid_request");
        assertError(p -> p.remove("code_challenge_method"), "invalid_request"); // absent means plain (RFC 7636 §4.3)
        assertError(p -> p.put("code_challenge_method", "plain"), "invalid_request");
        assertError(p -> p.put("code_challenge", "too-short"), "invalid_request");
        assertError(p -> p.put("code_challenge", "E9Melhoa2OwvFWFrgxXuKsa21h6bJH-SXnf1NSgDwv+"), "invalid_request");
    }

    @Test
    void authorizeWhenScopeUnknownOrMissingThenInvalidScope() {
        assertError(p -> p.put("scope", "openid admin"), "invalid_scope");
        assertError(p -> p.remove("scope"), "invalid_scope");
    }

    @Test
    void authorizeWhenParameterRepeatedThenInvalidRequest() {
        ExtractableResponse<Response> answer = browser().queryParams(request(clientId, REDIRECT))
                .queryParam("scope", "openid").get("/auth/authorize").then().extract();
        assertRedirectError(answer, "invalid_request", "state-123");
    }

    @Test
    void authorizeWhenRequestObjectsSentThenTheirNotSupportedErrors() {
        assertError(p -> p.put("request", "eyJhbGciOiJub25lIn0.e30."), "request_not_supported");
        assertError(p -> p.put("request_uri", "https://app.example/request.jwt"), "request_uri_not_supported");
    }

    @Test
    void authorizeWhenStateTooLongThenInvalidRequestWithoutEchoingIt() {
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("state", "s".repeat(501));
        assertRedirectError(authorize(params), "invalid_request", null);
        params.put("state", "s".repeat(500));
        params.remove("code_challenge");
        assertRedirectError(authorize(params), "invalid_request", "s".repeat(500));
    }

    @Test
    void authorizeWhenNonceOrLoginHintTooLongThenInvalidRequest() {
        assertError(p -> p.put("nonce", "n".repeat(501)), "invalid_request");
        assertError(p -> p.put("login_hint", "h".repeat(321)), "invalid_request");
    }

    @Test
    void authorizeWhenPromptMalformedThenInvalidRequest() {
        assertError(p -> p.put("prompt", "none login"), "invalid_request");
        assertError(p -> p.put("prompt", "whatever"), "invalid_request");
    }

    @Test
    void authorizeWhenMaxAgeNotANonNegativeIntegerThenInvalidRequest() {
        for (String bad : new String[] {"-1", "1.5", "ten", "99999999999999999999", ""}) {
            assertError(p -> p.put("max_age", bad), "invalid_request");
        }
    }

    @Test
    void authorizeWhenResponseModeIsNotQueryThenInvalidRequest() {
        assertError(p -> p.put("response_mode", "fragment"), "invalid_request");
    }

    @Test
    void authorizeWhenPromptNoneWithoutSessionThenLoginRequired() {
        assertError(p -> p.put("prompt", "none"), "login_required");
    }

    @Test
    void authorizeWhenRedirectUriHasAQueryThenTheErrorIsAppendedToIt() {
        Map<String, String> params = request(clientId, "https://app.example/cb?tenant=7");
        params.put("prompt", "none");
        ExtractableResponse<Response> answer = authorize(params);
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").startsWith("https://app.example/cb?tenant=7&error=login_required&"),
                answer.header("Location"));
    }

    @Test
    void authorizeWhenFormPostedThenTheSameChecks() {
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("code_challenge_method", "plain");
        ExtractableResponse<Response> answer = browser().contentType("application/x-www-form-urlencoded")
                .formParams(params).post("/auth/authorize").then().extract();
        assertRedirectError(answer, "invalid_request", "state-123");
        assertPageNotRedirect(browser().contentType("application/x-www-form-urlencoded")
                .formParams(request("no-such-client", REDIRECT)).post("/auth/authorize").then().extract());
    }

    @Test
    void authorizeWhenQueryUndecodableOrHoldsNulThenErrorPageNot500() throws IOException {
        // raw, since HTTP clients refuse to send a malformed escape; Vert.x refuses such a request line itself
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET /auth/authorize?client_id=%zz&redirect_uri=% HTTP/1.1\r\n"
                    + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        }
        ExtractableResponse<Response> form = browser().contentType("application/x-www-form-urlencoded")
                .body("client_id=%zz&redirect_uri=%").post("/auth/authorize").then().extract();
        assertEquals(400, form.statusCode(), form.asString());
        assertTrue(form.contentType().startsWith("text/html"), form.contentType());
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("client_id", "a\u0000b"); // PostgreSQL refuses the NUL: a bad request, still a page
        ExtractableResponse<Response> nul = authorize(params);
        assertEquals(400, nul.statusCode());
        assertTrue(nul.contentType().startsWith("text/html"));
        assertNull(nul.header("Location"));
    }

    private void assertError(Consumer<Map<String, String>> change, String error) {
        Map<String, String> params = request(clientId, REDIRECT);
        change.accept(params);
        assertRedirectError(authorize(params), error, "state-123");
    }

    private static void assertRedirectError(ExtractableResponse<Response> answer, String error, String state) {
        assertEquals(303, answer.statusCode(), answer.asString());
        assertTrue(answer.header("Location").startsWith(REDIRECT + "?"), answer.header("Location"));
        Map<String, String> query = query(answer);
        assertEquals(error, query.get("error"), query.toString());
        assertEquals(state, query.get("state"));
        assertEquals(ISSUER, query.get("iss"));
        assertTrue(query.containsKey("error_description"));
        assertFalse(query.containsKey("code"));
    }

    private static void assertPageNotRedirect(ExtractableResponse<Response> answer) {
        assertEquals(400, answer.statusCode(), answer.asString());
        assertNull(answer.header("Location"));
        org.hamcrest.MatcherAssert.assertThat(answer.contentType(), startsWith("text/html"));
        org.hamcrest.MatcherAssert.assertThat(answer.asString(), containsString("not registered"));
    }
}

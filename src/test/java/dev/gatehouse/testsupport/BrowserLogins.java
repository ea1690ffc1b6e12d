package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser going through {@code /auth/authorize} and the hosted login form, without following redirects:
 * the authorization request's parameters, the form's hidden fields and cookies, the redirect's query.
 */
public final class BrowserLogins {

    public static final String SESSION_COOKIE = "__Host-gatehouse-session";
    public static final String BROWSER_COOKIE = "__Host-gatehouse-browser";
    /** RFC 7636 Appendix B's verifier and its S256 challenge. */
    public static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    public static final String CHALLENGE = "E9Melhoa2OwvFWFrgxXuKsa21h6bJH-SXnf1NSgDwvU";

    private BrowserLogins() {}

    /** A valid authorization request for {@code clientId} to {@code redirectUri}; tests change or drop entries. */
    public static Map<String, String> request(String clientId, String redirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("scope", "openid email");
        params.put("state", "state-123");
        params.put("nonce", "nonce-456");
        params.put("code_challenge", CHALLENGE);
        params.put("code_challenge_method", "S256");
        return params;
    }

    public static RequestSpecification browser() {
        return given().redirects().follow(false);
    }

    /** GET /auth/authorize with {@code params}, not following the answer's redirect. */
    public static ExtractableResponse<Response> authorize(Map<String, String> params) {
        return browser().queryParams(params).get("/auth/authorize").then().extract();
    }

    /** The login form that {@code params} lead to; fails unless the answer is the form. */
    public static Form form(Map<String, String> params) {
        ExtractableResponse<Response> page = browser().queryParams(params).get("/auth/authorize").then()
                .statusCode(200).extract();
        return Form.of(page);
    }

    /** The form's POST with the browser's cookie and the form's own fields. */
    public static ExtractableResponse<Response> submit(Form form, String email, String password) {
        return browser().cookie(BROWSER_COOKIE, form.browserCookie()).contentType("application/x-www-form-urlencoded")
                .formParam("request", form.requestId()).formParam("csrf_token", form.csrfToken())
                .formParam("email", email).formParam("password", password)
                .post("/auth/login").then().extract();
    }

    /** A session cookie value from a successful login of {@code email}. */
    public static String sessionOf(String clientId, String redirectUri, String email, String password) {
        ExtractableResponse<Response> done = submit(form(request(clientId, redirectUri)), email, password);
        if (done.statusCode() != 303) {
            throw new AssertionError("login failed: " + done.statusCode() + " " + done.asString());
        }
        return done.cookie(SESSION_COOKIE);
    }

    /** The decoded query parameters of a redirect's Location. */
    public static Map<String, String> query(ExtractableResponse<Response> redirect) {
        Map<String, String> out = new LinkedHashMap<>();
        String query = URI.create(redirect.header("Location")).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hidden fields of a rendered login form and the browser cookie set with it. */
    public record Form(String requestId, String csrfToken, String browserCookie, String html) {
        public static Form of(ExtractableResponse<Response> page) {
            String html = page.asString();
            return new Form(hidden(html, "request"), hidden(html, "csrf_token"), page.cookie(BROWSER_COOKIE), html);
        }

        private static String hidden(String html, String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
            if (!m.find()) {
                throw new AssertionError("no hidden field " + name + " in " + html);
            }
            return m.group(1);
        }
    }
}

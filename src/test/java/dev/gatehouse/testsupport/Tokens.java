package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for tests, obtained through the real {@code POST /auth/token} password grant. The
 * admin is the settings-backend superuser configured under {@code %test.} in application.properties.
 */
public final class Tokens {

    public static final String ADMIN_EMAIL = "admin@gatehouse.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    /** Keyed by port and login: a restarted application (new port, new ephemeral key) gets new tokens. */
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A cached access token of the superuser admin. */
    public static String admin() {
        return cached(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A cached access token for any user with a password. */
    public static String of(String email, String password) {
        return cached(email, password);
    }

    /** A fresh, uncached password grant, with its refresh token. */
    public static ExtractableResponse<Response> passwordGrant(String email, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", email).formParam("password", password)
                .when().post("/auth/token")
                .then().statusCode(200).extract();
    }

    private static String cached(String email, String password) {
        String key = RestAssured.port + " " + email;
        Cached hit = CACHE.get(key);
        if (hit != null && hit.renewAfter().isAfter(Instant.now())) {
            return hit.token();
        }
        ExtractableResponse<Response> grant = passwordGrant(email, password);
        int expiresIn = grant.path("expires_in");
        Cached fresh = new Cached(grant.path("access_token"), Instant.now().plusSeconds(expiresIn / 2));
        CACHE.put(key, fresh);
        return fresh.token();
    }

    private record Cached(String token, Instant renewAfter) {}
}

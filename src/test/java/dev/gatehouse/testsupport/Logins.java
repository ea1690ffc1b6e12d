package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Password-grant attempts that may fail, for throttling and audit tests. */
public final class Logins {

    private Logins() {}

    /** One password grant from the test's default address. */
    public static ValidatableResponse attempt(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .when().post("/auth/token").then();
    }

    /** One password grant from {@code address}, as a trusted proxy would report it in X-Forwarded-For. */
    public static ValidatableResponse attemptFrom(String address, String username, String password) {
        return given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .when().post("/auth/token").then();
    }

    /** {@code times} wrong-password failures, each answered 400 invalid_grant. */
    public static void failures(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempt(username, "wrong password " + i).statusCode(400);
        }
    }
}

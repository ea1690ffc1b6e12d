package dev.gatehouse.auth.backend.ldap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Logins through the real {@code /auth/token} password grant, and what the LDAP tests read from tokens. */
final class LdapLogins {

    private LdapLogins() {}

    static ValidatableResponse attempt(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .when().post("/auth/token").then();
    }

    static void refused(String username, String password) {
        attempt(username, password).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    /**
     * Logins a directory cannot use as a name (DN and filter syntax, NUL, a lone surrogate, the longest
     * accepted length): each is "not mine", never "directory down".
     */
    static final List<String> HOSTILE_LOGINS = List.of("a\u0000b", "\u0000", "\\", "\\\\00", ",", "=", "+", "#x", "\"q\"",
            "<>;", " padded ", "uid=someone,ou=people,dc=example,dc=org", "cn=*", "*)(|(objectClass=*", "(", ")",
            "\uD800", "\uDFFFlone", "a\u0001\u001fb", "x".repeat(256), "\u00e9\u0301\u2028");

    /** Readiness still lists no authentication backend as failing after a login with {@code login}. */
    static void noBackendMarkedDown(String login) {
        String status = given().when().get(Management.url("/q/health/ready")).then().extract()
                .path("checks.find { it.name == 'authentication-backends' }.status");
        org.junit.jupiter.api.Assertions.assertEquals("UP", status, "after a login with " + login.codePoints()
                .limit(40).mapToObj(c -> c < 32 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
                        : Character.toString(c)).reduce("", String::concat));
    }

    /** The access token's claims after a successful login. */
    static JsonPath claims(String username, String password) {
        String token = attempt(username, password).statusCode(200).extract().path("access_token");
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
    }

    /** The Gatehouse groups the fixture's group-mapping points at, except the one left missing on purpose. */
    static void createMappedGroups() {
        for (String name : List.of("ldap-engineers", "ldap-everyone", "local-only")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "permissions", List.of()))
                    .when().post("/groups")
                    .then().statusCode(anyOf(equalTo(201), equalTo(409)));
        }
    }
}

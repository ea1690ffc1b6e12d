package dev.gatehouse.web;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.password.HostileHashes;
import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives generated hostile input (jqwik arbitraries: random JSON of any shape, control characters,
 * huge numbers, deep nesting, random path values and content types) through every writing endpoint.
 * Whatever comes in: never a 5xx, every refusal is problem+json (RFC 6749 JSON on /auth/*), and a
 * refused write leaves the database exactly as it was.
 */
@QuarkusTest
class HostileInputTest {

    static final int REQUESTS = 400;
    static final List<String> WRITES = List.of(
            "POST /users", "POST /users/bulk", "POST /users/get-or-create", "PATCH /users/{id}",
            "PATCH /profiles/{id}", "PUT /users/{id}/password", "POST /users/me/password",
            "POST /permissions", "POST /permissions/check", "POST /groups", "PATCH /groups/{name}",
            "PUT /users/{id}/groups/{name}", "PUT /users/{id}/permissions/{name}", "POST /clients",
            "POST /auth/token", "POST /auth/revoke", "POST /auth/introspect", "POST /auth/register",
            "POST /users/import", "DELETE /users/{id}", "DELETE /groups/{name}", "DELETE /permissions/{name}");
    static final List<String> CONTENT_TYPES = List.of(
            "application/json", "application/json", "application/merge-patch+json",
            "application/x-www-form-urlencoded", "application/x-ndjson", "text/plain", "application/xml",
            "application/json; charset=latin1", "multipart/form-data; boundary=x", "*/*", "");

    @Inject
    EntityManager em;

    private static RestAssuredConfig previousConfig;

    /** RestAssured's config is global: put it back so no other test class depends on this one. */
    @AfterAll
    static void restoreConfig() {
        RestAssured.config = previousConfig;
    }

    @BeforeAll
    static void sendBodiesAsTheyAre() {
        EncoderConfig encoder = EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false);
        for (String type : CONTENT_TYPES) {
            if (!type.isEmpty() && !type.startsWith("*")) {
                encoder = encoder.encodeContentTypeAs(type.split(";")[0], ContentType.TEXT);
            }
        }
        previousConfig = RestAssured.config;
        RestAssured.config = RestAssured.config().encoderConfig(encoder);
    }

    @Test
    void hostileRequestsNeverCauseA5xxAndRefusedWritesChangeNothing() {
        String victim = aUser().create();
        String token = Tokens.admin();
        List<HostileRequest> requests = requests(victim).sampleStream().limit(REQUESTS).toList();
        for (HostileRequest request : requests) {
            String before = snapshot();
            Response response = request.send(token);
            int status = response.statusCode();
            assertTrue(status < 500, () -> request + " → " + status + " " + response.asString());
            if (status >= 400) {
                assertRefusal(request, response);
                assertEquals(before, snapshot(), () -> request + " was refused but changed the database");
            }
        }
    }

    private static void assertRefusal(HostileRequest request, Response response) {
        String type = response.contentType();
        boolean oauth = request.path().startsWith("/auth/") && !request.path().startsWith("/auth/register");
        boolean ok = oauth ? type.startsWith("application/json") && response.asString().contains("\"error\"")
                || type.startsWith("application/problem+json")
                : type.startsWith("application/problem+json");
        assertTrue(ok, () -> request + " → " + response.statusCode() + " with " + type + ": " + response.asString());
    }

    /** Row counts and a checksum of every table a write could touch, in one statement. */
    private String snapshot() {
        return em.createNativeQuery("select concat_ws(',',"
                + " (select count(*) || ':' || coalesce(sum(hashtext(u::text)), 0) from users u),"
                + " (select count(*) || ':' || coalesce(sum(hashtext(p::text)), 0) from profiles p),"
                + " (select count(*) from auth_group), (select count(*) from auth_permission),"
                + " (select count(*) from user_groups), (select count(*) from user_permissions),"
                + " (select count(*) from auth_group_permissions))").getSingleResult().toString();
    }

    private static Arbitrary<HostileRequest> requests(String victim) {
        Arbitrary<String> target = Arbitraries.of(WRITES);
        // path values stay under the HTTP codec's 4,096-character request line; longer lines are answered
        // 414 by Vert.x before any handler runs (docs/api.md "Errors"), which uriTooLongIsRefusedByTheCodec covers
        Arbitrary<String> pathValue = Arbitraries.oneOf(Arbitraries.just(victim), hostileStrings().map(HostileInputTest::upTo120));
        Arbitrary<String> type = Arbitraries.of(CONTENT_TYPES);
        Arbitrary<String> body = Arbitraries.oneOf(Json.values(3), hostileStrings(), Json.mutatedUser(), hostileHashLines());
        Arbitrary<Boolean> authenticated = Arbitraries.of(true, true, true, false);
        return Combinators.combine(target, pathValue, type, body, authenticated).as(HostileRequest::new);
    }

    /** A Django export line, valid but for a stored hash whose own costs ask for a denial of service. */
    static Arbitrary<String> hostileHashLines() {
        return Arbitraries.of(HostileHashes.ALL.keySet()).map(hash -> "{\"email\":\"fuzz-hash@example.org\",\"password\":"
                + Json.quote(hash) + ",\"profile\":{\"date_of_birth\":\"1990-01-01\"}}");
    }

    private static String upTo120(String value) {
        return value.length() > 120 ? value.substring(0, 120) : value;
    }

    /**
     * A NUL in any parameter of any grant, form-encoded or JSON: PostgreSQL refuses NUL in text, so each must
     * stop before it reaches a query as an ordinary RFC 6749 error, and must never take a backend out of readiness.
     */
    @Test
    void aNulInEveryFieldOfTheTokenEndpointIsAnOAuthErrorAndReadinessStaysUp() {
        List<String> fields = List.of("grant_type", "username", "password", "scope", "refresh_token", "client_id",
                "client_secret");
        for (String grant : List.of("password", "refresh_token", "client_credentials")) {
            for (String field : fields) {
                Map<String, String> params = new LinkedHashMap<>(Map.of("grant_type", grant,
                        "username", "someone@example.org", "password", "a long enough password", "refresh_token", "ghr_x"));
                params.put(field, "a\u0000" + field + "@example.org");
                Response form = given().contentType("application/x-www-form-urlencoded").formParams(params)
                        .when().post("/auth/token");
                String body = params.entrySet().stream().map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
                Response json = given().contentType("application/json").body(body).when().post("/auth/token");
                for (Response response : List.of(form, json)) {
                    String seen = grant + "/" + field + " → " + response.statusCode() + " " + response.asString();
                    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, seen);
                    assertTrue(response.asString().contains("\"error\""), seen);
                }
                given().when().get(Management.url("/q/health/ready")).then().statusCode(200);
            }
        }
    }

    @Test
    void uriTooLongIsRefusedByTheCodec() {
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + "a".repeat(5000)).then().statusCode(414);
    }

    static Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("\u0000\u0001\u007f\u202e\ud800\uffff'\"\\%${}()*;<>&").ofMaxLength(40),
                Arbitraries.of("../../etc/passwd", "%00", "%2e%2e%2f", "' OR 1=1 --", "${jndi:ldap://x}",
                        "<script>alert(1)</script>", "null", "-1", "1e309", "9".repeat(400), "", " "));
    }

    /** One generated request; toString is what a failure message shows. */
    record HostileRequest(String target, String pathValue, String contentType, String body, boolean authenticated) {

        String method() {
            return target.substring(0, target.indexOf(' '));
        }

        String path() {
            String template = target.substring(target.indexOf(' ') + 1);
            String encoded = java.net.URLEncoder.encode(pathValue, StandardCharsets.UTF_8).replace("+", "%20");
            return template.replace("{id}", encoded).replace("{name}", encoded);
        }

        Response send(String token) {
            var spec = given().urlEncodingEnabled(false);
            if (authenticated) {
                spec = spec.auth().oauth2(token);
            }
            if (!contentType.isEmpty()) {
                spec = spec.contentType(contentType);
            }
            return spec.body(body.getBytes(StandardCharsets.UTF_8)).request(method(), path());
        }
    }
}

package dev.gatehouse.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of malformed requests: each gets its status and a problem+json body, never a 500 or a trace. */
@QuarkusTest
class BadRequestTableTest {

    static final String BIG = "{\"email\":\"" + "a".repeat(1_100_000) + "@example.org\"}";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("malformed JSON", 400, r -> r.contentType("application/json").body("{\"email\":").post("/users")),
                bad("JSON array instead of object", 400, r -> r.contentType("application/json").body("[1,2]").post("/users")),
                bad("wrong type", 400, r -> r.contentType("application/json").body("{\"email\":{\"a\":1}}").post("/users")),
                bad("wrong boolean type", 400, r -> r.contentType("application/json")
                        .body("{\"email\":\"x@example.org\",\"is_staff\":[true]}").post("/users")),
                bad("bad date", 400, r -> r.contentType("application/json")
                        .body("{\"email\":\"x@example.org\",\"profile\":{\"date_of_birth\":\"yesterday\"}}").post("/users")),
                bad("unknown field", 400, r -> r.contentType("application/json")
                        .body("{\"email\":\"x@example.org\",\"is_god\":true}").post("/users")),
                bad("empty body", 400, r -> r.contentType("application/json").post("/users")),
                bad("null body", 400, r -> r.contentType("application/json").body("null").post("/users")),
                bad("unsupported content type", 415, r -> r.contentType("text/plain").body("hello").post("/users")),
                bad("oversized body", 413, r -> r.contentType("application/json").body(BIG).post("/users")),
                bad("malformed UUID in path", 400, r -> r.get("/users/not-a-uuid")),
                bad("malformed UUID in profile path", 400, r -> r.get("/profiles/123")),
                bad("malformed UUID in query", 400, r -> r.get("/users?id=nope")),
                bad("malformed boolean in query", 400, r -> r.get("/users?is_active=maybe")),
                bad("malformed limit", 400, r -> r.get("/users?limit=ten")),
                bad("unknown route", 404, r -> r.get("/no/such/thing")),
                bad("wrong method", 405, r -> r.put("/users")),
                bad("patch with array", 400, r -> r.contentType("application/merge-patch+json").body("[]")
                        .patch("/users/0190d0f5-0000-7000-8000-000000000000")),
                bad("bulk with no users", 400, r -> r.contentType("application/json").body("{\"users\":[]}").post("/users/bulk")),
                bad("get-or-create without email", 400, r -> r.contentType("application/json").body("{}").post("/users/get-or-create")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithProblem(String name, int status, Call call) {
        call.send(given().auth().oauth2(Tokens.admin()).when()).then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongShapes")
    void aBodyOfTheWrongShapeSaysThatAJsonObjectIsWanted(String body, String path) {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body).when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body must be a JSON object."));
    }

    static Stream<Arguments> wrongShapes() {
        return Stream.of(Arguments.of("[1,2]", "/users"), Arguments.of("\"a string\"", "/users"),
                Arguments.of("[]", "/groups"), Arguments.of("\"a string\"", "/permissions/check"));
    }

    @Test
    void aChunkedBodyIsReadAndCountedAsItArrives() throws Exception {
        assertEquals(400, chunked("{}").statusCode());
        HttpResponse<String> oversized = chunked(BIG);
        assertEquals(413, oversized.statusCode());
        assertEquals("application/problem+json", oversized.headers().firstValue("Content-Type").orElse(""));
    }

    /** BodyPublishers.ofInputStream has no length, so the JDK client sends it chunked. */
    private static HttpResponse<String> chunked(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/users"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.admin())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Arguments bad(String name, int status, Call call) {
        return Arguments.of(name, status, call);
    }

    /** One request of the table. */
    @FunctionalInterface
    interface Call {
        Response send(RequestSpecification request);
    }
}

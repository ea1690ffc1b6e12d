package dev.gatehouse.web;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies over cleartext HTTP/2 with prior knowledge (h2c, which Quarkus serves by default), where a
 * request may carry no Content-Length at all: the body limit holds whether or not a length is declared,
 * no body causes a 5xx, and the service keeps serving after refusing one.
 */
@QuarkusTest
class Http2BodyTest {

    static final int SIX_MB = 6 * 1024 * 1024;
    static final List<Target> WRITES = List.of(
            new Target(HttpMethod.POST, "/users", "application/json"),
            new Target(HttpMethod.POST, "/users/bulk", "application/json"),
            new Target(HttpMethod.PATCH, "/users/{id}", "application/merge-patch+json"),
            new Target(HttpMethod.POST, "/groups", "application/json"),
            new Target(HttpMethod.POST, "/clients", "application/json"),
            new Target(HttpMethod.POST, "/auth/token", "application/x-www-form-urlencoded"));

    @Inject
    Vertx vertx;

    HttpClient h2c;

    @BeforeEach
    void priorKnowledgeClient() {
        h2c = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setDefaultHost("localhost").setDefaultPort(RestAssured.port));
    }

    @AfterEach
    void closeClient() throws Exception {
        h2c.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSixMegabyteJsonBodyWithoutLengthIsRefusedWith413AndTheServiceKeepsServing() throws Exception {
        String token = Tokens.admin();
        Answer answer = send(new Target(HttpMethod.POST, "/users", "application/json"), token, hugeJson(), false);

        assertEquals(HttpVersion.HTTP_2, answer.version());
        assertEquals(413, answer.status(), answer::toString);
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        assertTrue(answer.body().contains("\"status\":413"), answer::toString);
        Answer after = send(new Target(HttpMethod.GET, "/users/me", "application/json"), token, new byte[0], true);
        assertEquals(200, after.status(), after::toString);
    }

    @Test
    void oversizedBodiesToEveryWritingEndpointAre413WithOrWithoutLength() throws Exception {
        String token = Tokens.admin();
        String id = aUser().create();
        for (Target target : WRITES) {
            for (boolean declared : new boolean[] {true, false}) {
                Answer answer = send(target.at(id), token, hugeJson(), declared);
                assertEquals(413, answer.status(), () -> target + " declared=" + declared + ": " + answer);
                assertEquals(Problem.MEDIA_TYPE, answer.contentType(), () -> target + ": " + answer);
            }
        }
    }

    @Test
    void smallBodiesWithOrWithoutLengthAreReadAndNeverCauseA5xx() throws Exception {
        String token = Tokens.admin();
        String id = aUser().create();
        for (Target target : WRITES) {
            for (String body : List.of("{}", "[1,2]", "{\"email\":", "grant_type=password&username=a&password=b", "")) {
                for (boolean declared : new boolean[] {true, false}) {
                    Answer answer = send(target.at(id), token, body.getBytes(StandardCharsets.UTF_8), declared);
                    assertTrue(answer.status() < 500, () -> target + " " + body + " declared=" + declared + ": " + answer);
                }
            }
        }
    }

    @Test
    void aValidBodyWithoutLengthIsReadWhole() throws Exception {
        String email = "h2-" + java.util.UUID.randomUUID() + "@example.org";
        byte[] body = ("{\"email\":\"" + email + "\",\"profile\":{\"date_of_birth\":\"1990-01-01\"}}").getBytes(StandardCharsets.UTF_8);
        Answer answer = send(new Target(HttpMethod.POST, "/users", "application/json"), Tokens.admin(), body, false);
        assertEquals(201, answer.status(), answer::toString);
        assertTrue(answer.body().contains(email), answer::toString);
    }

    private static byte[] hugeJson() {
        return ("{\"email\":\"" + "a".repeat(SIX_MB) + "@example.org\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the body in 64 KiB pieces; declared: with a Content-Length, otherwise with none at all. */
    private Answer send(Target target, String token, byte[] body, boolean declared) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(target.method()).setURI(target.path())
                .putHeader(HttpHeaders.CONTENT_TYPE, target.contentType())
                .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return h2c.request(options).compose(request -> {
            write(request, body, declared);
            return request.response().compose(response -> response.body().map(content -> new Answer(response.version(),
                    response.statusCode(), response.getHeader(HttpHeaders.CONTENT_TYPE), content.toString())));
        }).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static void write(HttpClientRequest request, byte[] body, boolean declared) {
        if (declared) {
            request.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        } else {
            request.setChunked(true); // over HTTP/2: no Content-Length, and no Transfer-Encoding either
        }
        int piece = 64 * 1024;
        for (int start = 0; start < body.length; start += piece) {
            request.write(Buffer.buffer().appendBytes(body, start, Math.min(piece, body.length - start)));
        }
        request.end(); // a write after the server refused and reset the stream fails; the answer is what counts
    }

    record Target(HttpMethod method, String path, String contentType) {
        Target at(String id) {
            return new Target(method, path.replace("{id}", id), contentType);
        }
    }

    record Answer(HttpVersion version, int status, String contentType, String body) {
        @Override
        public String toString() {
            return version + " " + status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }
}

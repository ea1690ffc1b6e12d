package dev.gatehouse.oidc;

import static dev.gatehouse.testsupport.BrowserClients.aPublicClient;
import static dev.gatehouse.testsupport.BrowserLogins.authorize;
import static dev.gatehouse.testsupport.BrowserLogins.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gatehouse.pages.directory}: the operator's files replace the built-in template and stylesheet, live. */
@QuarkusTest
@TestProfile(PageOverrideTest.OperatorPages.class)
class PageOverrideTest {

    static final Path DIRECTORY = directory();
    static final String REDIRECT = "https://app.example/callback";

    public static class OperatorPages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.pages.directory", DIRECTORY.toString());
        }
    }

    @Test
    void operatorTemplateReplacesTheLoginPageAndStillEscapes() throws IOException {
        write("login.html", "<!DOCTYPE html><html lang=\"{lang}\"><body class=\"acme\"><h1>ACME {msg:login_title}</h1>"
                + "<form method=\"post\" action=\"{action}\"><input name=\"email\" value=\"{email}\"></form></body></html>");
        String clientId = aPublicClient().redirectingTo(REDIRECT).create();
        Map<String, String> params = request(clientId, REDIRECT);
        params.put("login_hint", "<b>bold</b>@example.org");
        ExtractableResponse<Response> page = authorize(params);
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("<h1>ACME Log in</h1>"), page.asString());
        assertTrue(page.asString().contains("value=\"&lt;b&gt;bold&lt;/b&gt;@example.org\""), page.asString());
        assertFalse(page.asString().contains("<b>bold"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
    }

    @Test
    void anEditedTemplateShowsAtTheNextRequest() throws IOException {
        String clientId = aPublicClient().redirectingTo(REDIRECT).create();
        write("error.html", "<p>first {message}</p>");
        given().queryParams(request("no-such-client", REDIRECT)).get("/auth/authorize").then().statusCode(400)
                .body(org.hamcrest.Matchers.startsWith("<p>first "));
        write("error.html", "<p>second {message}</p>");
        given().queryParams(request("no-such-client", REDIRECT)).get("/auth/authorize").then().statusCode(400)
                .body(org.hamcrest.Matchers.startsWith("<p>second "));
        assertTrue(clientId.startsWith("test-app-"));
    }

    @Test
    void operatorStylesheetReplacesTheBuiltInOne() throws IOException {
        write("login.css", "body { background: hotpink; }");
        given().get("/auth/assets/login.css").then().statusCode(200).contentType("text/css")
                .body(equalTo("body { background: hotpink; }"));
    }

    private static void write(String name, String content) throws IOException {
        Path file = DIRECTORY.resolve(name);
        Files.writeString(file, content);
        // a distinct modification time per write, so the edit is seen even within the file system's time granularity
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusNanos(System.nanoTime() % 1_000_000_000L)));
    }

    /** A fixed path: the profile and the test instance are loaded by different class loaders, each running this. */
    private static Path directory() {
        try {
            return Files.createDirectories(Path.of("target", "operator-pages").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

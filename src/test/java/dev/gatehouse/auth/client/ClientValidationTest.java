package dev.gatehouse.auth.client;

import static dev.gatehouse.testsupport.ClientBuilder.aClient;
import static dev.gatehouse.testsupport.ClientBuilder.aConfidentialClient;
import static dev.gatehouse.testsupport.ClientBuilder.aPublicClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import dev.gatehouse.testsupport.ClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of a client's settings, one row each: what is refused names its field (400 problem), and the
 * values on the edge of a rule that are fine are created (201).
 */
@QuarkusTest
class ClientValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithAFieldError(String name, Supplier<ClientBuilder> client, String field, String says) {
        client.get().post().then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(says)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepted(String name, Supplier<ClientBuilder> client) {
        client.get().post().then().statusCode(201);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row("an unknown type", () -> aClient().ofType("robot"), "type", "service, confidential or public"),
                row("a relative redirect URI", () -> aPublicClient().redirectUris("/callback"), "redirect_uris[0]", "absolute"),
                row("a redirect URI with a fragment", () -> aPublicClient().redirectUris("https://spa.example.org/cb#x"),
                        "redirect_uris[0]", "fragment"),
                row("a redirect URI with a wildcard", () -> aPublicClient().redirectUris("https://*.example.org/cb"),
                        "redirect_uris[0]", "wildcard"),
                row("a wildcard in the path", () -> aPublicClient().redirectUris("https://spa.example.org/*"),
                        "redirect_uris[0]", "wildcard"),
                row("the second redirect URI over http", () -> aPublicClient()
                        .redirectUris("https://spa.example.org/cb", "http://spa.example.org/cb"), "redirect_uris[1]", "https"),
                row("http for a host that only looks local", () -> aPublicClient().redirectUris("http://localhost.example.org/cb"),
                        "redirect_uris[0]", "https"),
                row("a redirect URI with user info", () -> aPublicClient().redirectUris("https://me@spa.example.org/cb"),
                        "redirect_uris[0]", "user info"),
                row("a redirect URI without host", () -> aPublicClient().redirectUris("https:/cb"), "redirect_uris[0]", "host"),
                row("a javascript: redirect URI", () -> aPublicClient().redirectUris("javascript:alert(1)"),
                        "redirect_uris[0]", "https"),
                row("a private-use scheme without a dot", () -> aPublicClient().redirectUris("myapp:/cb"),
                        "redirect_uris[0]", "private-use"),
                row("a private-use scheme for a confidential client", () -> aConfidentialClient()
                        .redirectUris("com.example.app:/cb"), "redirect_uris[0]", "https"),
                row("a private-use scheme with an authority", () -> aPublicClient().redirectUris("com.example.app://cb"),
                        "redirect_uris[0]", "single slash"),
                row("a redirect URI with spaces around", () -> aPublicClient().redirectUris(" https://spa.example.org/cb"),
                        "redirect_uris[0]", "absolute"),
                row("a post-logout URI over http", () -> aPublicClient().postLogoutRedirectUris("http://spa.example.org/"),
                        "post_logout_redirect_uris[0]", "https"),
                row("a post-logout URI with a fragment", () -> aPublicClient().postLogoutRedirectUris("https://spa.example.org/#x"),
                        "post_logout_redirect_uris[0]", "fragment"),
                row("an origin with a slash", () -> aPublicClient().allowedOrigins("https://spa.example.org/"),
                        "allowed_origins[0]", "without path"),
                row("an origin with a path", () -> aPublicClient().allowedOrigins("https://spa.example.org/app"),
                        "allowed_origins[0]", "without path"),
                row("an origin in upper case", () -> aPublicClient().allowedOrigins("https://SPA.example.org"),
                        "allowed_origins[0]", "lower case"),
                row("an origin with its default port", () -> aPublicClient().allowedOrigins("https://spa.example.org:443"),
                        "allowed_origins[0]", "default port"),
                row("a wildcard origin", () -> aPublicClient().allowedOrigins("*"), "allowed_origins[0]", "origin"),
                row("the null origin", () -> aPublicClient().allowedOrigins("null"), "allowed_origins[0]", "origin"),
                row("an http origin", () -> aPublicClient().allowedOrigins("http://spa.example.org"),
                        "allowed_origins[0]", "https"),
                row("a service client with the password grant", () -> aClient().grantTypes("password"),
                        "grant_types[0]", "client_credentials only"),
                row("a public client with client_credentials", () -> aPublicClient().grantTypes("client_credentials"),
                        "grant_types[0]", "authorization_code, refresh_token or password"),
                row("an unknown grant type", () -> aPublicClient().grantTypes("authorization_code", "implicit"),
                        "grant_types[1]", "authorization_code, refresh_token or password"),
                row("no grant type", () -> aPublicClient().grantTypes(), "grant_types", "at least one"),
                row("refresh_token alone", () -> aPublicClient().grantTypes("refresh_token"), "grant_types", "issues refresh tokens"),
                row("the code flow without a redirect URI", () -> aClient().ofType("public"), "redirect_uris",
                        "at least one URI"),
                row("a service client with redirect URIs", () -> aClient().redirectUris("https://x.example.org/cb"),
                        "redirect_uris", "logs no one in"),
                row("a service client with post-logout URIs", () -> aClient().postLogoutRedirectUris("https://x.example.org/"),
                        "post_logout_redirect_uris", "logs no one in"),
                row("a service client with origins", () -> aClient().allowedOrigins("https://x.example.org"),
                        "allowed_origins", "logs no one in"));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok("http on localhost", () -> aPublicClient().redirectUris("http://localhost:8081/cb")),
                ok("http on 127.0.0.1", () -> aPublicClient().redirectUris("http://127.0.0.1/cb")),
                ok("http on [::1]", () -> aPublicClient().redirectUris("http://[::1]:9000/cb")),
                ok("a query in a redirect URI", () -> aPublicClient().redirectUris("https://spa.example.org/cb?app=1")),
                ok("a private-use scheme for a public client", () -> aPublicClient().redirectUris("com.example.app:/cb")),
                ok("an origin with a port", () -> aPublicClient().allowedOrigins("https://spa.example.org:8443")),
                ok("a loopback http origin", () -> aPublicClient().allowedOrigins("http://localhost:5173")),
                ok("the password grant without redirect URIs", () -> aClient().ofType("public").grantTypes("password")),
                ok("a service client naming its one grant", () -> aClient().grantTypes("client_credentials")));
    }

    private static Arguments row(String name, Supplier<ClientBuilder> client, String field, String says) {
        return Arguments.of(name, client, field, says);
    }

    private static Arguments ok(String name, Supplier<ClientBuilder> client) {
        return Arguments.of(name, client);
    }
}

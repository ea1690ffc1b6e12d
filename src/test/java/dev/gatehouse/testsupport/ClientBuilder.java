package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named builder for client-creation bodies: {@code aClient().ofType("public").redirectUris("https://...").create()}.
 * Without a type it is a service client, as {@code POST /clients} has always made.
 */
public final class ClientBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ClientBuilder() {
        body.put("name", "test client");
    }

    public static ClientBuilder aClient() {
        return new ClientBuilder();
    }

    /** A public client (an SPA) with one https redirect URI, so the default code-flow grants are valid. */
    public static ClientBuilder aPublicClient() {
        return aClient().ofType("public").redirectUris("https://spa.example.org/callback");
    }

    /** A confidential client (a web backend) with one https redirect URI. */
    public static ClientBuilder aConfidentialClient() {
        return aClient().ofType("confidential").redirectUris("https://app.example.org/callback");
    }

    public ClientBuilder ofType(String type) {
        return with("type", type);
    }

    public ClientBuilder redirectUris(String... uris) {
        return with("redirect_uris", List.of(uris));
    }

    public ClientBuilder postLogoutRedirectUris(String... uris) {
        return with("post_logout_redirect_uris", List.of(uris));
    }

    public ClientBuilder allowedOrigins(String... origins) {
        return with("allowed_origins", List.of(origins));
    }

    public ClientBuilder grantTypes(String... grants) {
        return with("grant_types", List.of(grants));
    }

    public ClientBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }

    /** The admin's {@code POST /clients}, whatever it answers. */
    public Response post() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post("/clients");
    }

    /** Creates the client through the API and returns the creation answer (client_id, client_secret, ...). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> create() {
        return post().then().statusCode(201).extract().as(Map.class);
    }
}

package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Named builder for user-creation bodies: {@code aUser().withPassword("...").create()}. */
public final class UserBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> profile = new LinkedHashMap<>();

    private UserBuilder() {
        body.put("email", "user-" + UUID.randomUUID() + "@example.org");
        profile.put("date_of_birth", "1990-04-01");
        body.put("profile", profile);
    }

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public UserBuilder withEmail(String email) {
        body.put("email", email);
        return this;
    }

    public UserBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public UserBuilder withProfile(String field, Object value) {
        profile.put(field, value);
        return this;
    }

    public UserBuilder withoutProfile(String field) {
        profile.remove(field);
        return this;
    }

    public String email() {
        return (String) body.get("email");
    }

    public Map<String, Object> body() {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("profile", new HashMap<>(profile));
        return copy;
    }

    /** Creates the user through the API and returns its id. */
    public String create() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body())
                .when().post("/users")
                .then().statusCode(201)
                .extract().path("id");
    }
}

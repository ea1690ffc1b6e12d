package dev.gatehouse.permission;

import static io.restassured.RestAssured.given;

import dev.gatehouse.testsupport.Tokens;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Named helpers that make permissions, groups and grants through the API, each with unique names. */
final class Fixtures {

    private Fixtures() {}

    /** A fresh app label, so a test's permissions never collide with another test's. */
    static String anApp() {
        return "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Registers {@code app.codename} and returns it. */
    static String aPermission(String app, String codename) {
        String perm = app + "." + codename;
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("permission", perm, "name", "Can " + codename))
                .when().post("/permissions").then().statusCode(201);
        return perm;
    }

    static String aPermission() {
        return aPermission(anApp(), "do_thing");
    }

    /** Creates a group holding {@code perms} and returns its name. */
    static String aGroup(String... perms) {
        String name = "group-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", name, "permissions", Arrays.asList(perms)))
                .when().post("/groups").then().statusCode(201);
        return name;
    }

    static void grant(String userId, String perm) {
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + userId + "/permissions/" + perm).then().statusCode(204);
    }

    static void join(String userId, String group) {
        given().auth().oauth2(Tokens.admin()).when().put("/users/" + userId + "/groups/" + group).then().statusCode(204);
    }
}

package dev.gatehouse.testsupport;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Callers for authorization tests, each a fresh user (or service client) with a real access token from
 * {@code POST /auth/token}: {@code Callers.withPermissions("auth.view_user")}. Grants are made by the admin.
 */
public final class Callers {

    public static final String PASSWORD = "a long enough password";

    /** Who calls, and with which bearer token ({@code null} for anonymous). */
    public record Caller(String id, String email, String token) {}

    private Callers() {}

    public static Caller superuser() {
        return user(aUser().with("is_superuser", true));
    }

    public static Caller staff() {
        return user(aUser().with("is_staff", true));
    }

    public static Caller plain() {
        return user(aUser());
    }

    public static Caller anonymous() {
        return new Caller(null, null, null);
    }

    /** A plain user granted {@code perms} directly. */
    public static Caller withPermissions(String... perms) {
        Caller caller = plain();
        grant(caller.id(), perms);
        return caller;
    }

    /** A plain user holding {@code perms} only through a fresh group. */
    public static Caller inGroupWith(String... perms) {
        Caller caller = plain();
        String group = "grp-" + UUID.randomUUID();
        admin().contentType(ContentType.JSON).body(Map.of("name", group, "permissions", List.of(perms)))
                .when().post("/groups").then().statusCode(201);
        admin().when().put("/users/" + caller.id() + "/groups/" + group).then().statusCode(204);
        return caller;
    }

    /** A user holding {@code perms} whose token was issued before the admin deactivated them. */
    public static Caller deactivatedWith(String... perms) {
        Caller caller = withPermissions(perms);
        admin().contentType(ContentType.JSON).body(Map.of("is_active", false))
                .when().patch("/users/" + caller.id()).then().statusCode(200);
        return caller;
    }

    /** A service client whose service-account user holds {@code perms}; its token from client_credentials. */
    public static Caller clientWith(String... perms) {
        Map<String, Object> created = admin().contentType(ContentType.JSON).body(Map.of("name", "matrix"))
                .when().post("/clients").then().statusCode(201).extract().as(Map.class);
        String userId = (String) created.get("user_id");
        grant(userId, perms);
        String token = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", created.get("client_id"))
                .formParam("client_secret", created.get("client_secret"))
                .when().post("/auth/token").then().statusCode(200).extract().path("access_token");
        return new Caller(userId, null, token);
    }

    public static void grant(String userId, String... perms) {
        for (String perm : perms) {
            admin().when().put("/users/" + userId + "/permissions/" + perm).then().statusCode(204);
        }
    }

    /** A request as this caller: with its bearer token, or none for anonymous. */
    public static io.restassured.specification.RequestSpecification as(Caller caller) {
        return caller.token() == null ? given() : given().auth().oauth2(caller.token());
    }

    private static Caller user(UserBuilder builder) {
        String id = builder.with("password", PASSWORD).create();
        String token = Tokens.passwordGrant(builder.email(), PASSWORD).path("access_token");
        return new Caller(id, builder.email(), token);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }
}

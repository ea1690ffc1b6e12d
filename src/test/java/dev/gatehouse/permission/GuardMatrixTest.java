package dev.gatehouse.permission;

import static dev.gatehouse.testsupport.Callers.as;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;

import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Callers.Caller;
import dev.gatehouse.testsupport.Sessions;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of caller: those holding the endpoint's permission (superuser, a user
 * granted it directly or through a group, a service client whose account holds it) succeed; everyone else
 * (staff without grants, a plain user, a user deactivated after their token was issued, a client without
 * grants) gets a 403 problem, and anonymous callers a 401 problem. Each row makes its own caller and target.
 */
@QuarkusTest
class GuardMatrixTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String HASH = "pbkdf2_sha256$1000$seasalt$R1/GfWtwog1T8Ev9VndgDjzkiRzbFr8JpmJtL9cMmQU=";

    /** An endpoint: the permissions it needs, the status of success, and a call that makes its own target. */
    record Endpoint(String name, List<String> perms, int success, Function<Caller, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A kind of caller, made to hold (or not) the endpoint's permissions, and whether it should pass. */
    enum Kind {
        SUPERUSER(true), STAFF_WITHOUT_GRANTS(false), PLAIN(false), GRANTED_DIRECTLY(true), GRANTED_THROUGH_GROUP(true),
        DEACTIVATED_AFTER_TOKEN(false), CLIENT_WITHOUT_GRANTS(false), CLIENT_WITH_GRANTS(true), ANONYMOUS(false);

        final boolean allowed;

        Kind(boolean allowed) {
            this.allowed = allowed;
        }

        Caller make(List<String> perms) {
            String[] p = perms.toArray(String[]::new);
            return switch (this) {
                case SUPERUSER -> Callers.superuser();
                case STAFF_WITHOUT_GRANTS -> Callers.staff();
                case PLAIN -> Callers.plain();
                case GRANTED_DIRECTLY -> Callers.withPermissions(p);
                case GRANTED_THROUGH_GROUP -> Callers.inGroupWith(p);
                case DEACTIVATED_AFTER_TOKEN -> Callers.deactivatedWith(p);
                case CLIENT_WITHOUT_GRANTS -> Callers.clientWith();
                case CLIENT_WITH_GRANTS -> Callers.clientWith(p);
                case ANONYMOUS -> Callers.anonymous();
            };
        }
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("rows")
    void endpointAnswersByCaller(Endpoint endpoint, Kind kind) {
        Response response = endpoint.call().apply(kind.make(endpoint.perms()));
        int expected = kind == Kind.ANONYMOUS ? 401 : kind.allowed ? endpoint.success() : 403;
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
    }

    static Stream<Arguments> rows() {
        return endpoints().stream().flatMap(e -> Stream.of(Kind.values()).map(k -> Arguments.of(e, k)));
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(userEndpoints());
        all.addAll(identityEndpoints(GuardMatrixTest::aTarget));
        all.addAll(profileAndGrantEndpoints());
        all.addAll(permissionEndpoints());
        all.addAll(groupEndpoints());
        all.addAll(clientEndpoints());
        return all;
    }

    static List<Endpoint> userEndpoints() {
        return List.of(
                new Endpoint("GET /users", perms("view_user"), 200, c -> as(c).get("/users?limit=1")),
                new Endpoint("POST /users", perms("add_user"), 201, c -> json(c, aUser().body()).post("/users")),
                new Endpoint("POST /users/bulk", perms("add_user"), 201,
                        c -> json(c, Map.of("users", List.of(aUser().body()))).post("/users/bulk")),
                new Endpoint("POST /users/get-or-create", perms("add_user"), 201,
                        c -> json(c, Map.of("email", aUser().email(), "defaults", Map.of("profile",
                                Map.of("date_of_birth", "1990-04-01")))).post("/users/get-or-create")),
                new Endpoint("POST /users/import", perms("add_user"), 200,
                        c -> as(c).contentType(NDJSON).body(djangoLine(aUser().email())).post("/users/import")),
                new Endpoint("POST /users/import?on_conflict=update", perms("add_user", "change_user"), 200,
                        c -> as(c).contentType(NDJSON).body(djangoLine(aUser().email()))
                                .queryParam("on_conflict", "update").post("/users/import")),
                new Endpoint("GET /users/{id}", perms("view_user"), 200, c -> as(c).get("/users/" + aTarget())),
                new Endpoint("PATCH /users/{id}", perms("change_user"), 200,
                        c -> json(c, Map.of("first_name", "Renamed")).patch("/users/" + aTarget())),
                new Endpoint("DELETE /users/{id}", perms("delete_user"), 204, c -> as(c).delete("/users/" + aTarget())));
    }

    /** The endpoints that change a user's credentials or identity, each on a fresh target made by {@code target}. */
    static List<Endpoint> identityEndpoints(Supplier<String> target) {
        return List.of(
                new Endpoint("PUT /users/{id}/password", perms("change_user"), 204,
                        c -> json(c, Map.of("password", "a brand new passphrase")).put("/users/" + target.get() + "/password")),
                new Endpoint("DELETE /users/{id}/password", perms("change_user"), 204,
                        c -> as(c).delete("/users/" + target.get() + "/password")),
                new Endpoint("PATCH /users/{id} email", perms("change_user"), 200,
                        c -> json(c, Map.of("email", aUser().email())).patch("/users/" + target.get())),
                new Endpoint("PATCH /users/{id} is_active", perms("change_user"), 200,
                        c -> json(c, Map.of("is_active", false)).patch("/users/" + target.get())),
                new Endpoint("DELETE /users/{id}/lockout", perms("change_user"), 204,
                        c -> as(c).delete("/users/" + target.get() + "/lockout")),
                new Endpoint("DELETE /users/{id}/sessions/{session_id}", perms("change_user"), 204, c -> {
                    String user = target.get();
                    return as(c).delete("/users/" + user + "/sessions/" + Sessions.startFor(user).session().id);
                }));
    }

    /**
     * The same endpoints on a target holding a permission ({@code auth.delete_user}) the caller, who holds only
     * the endpoint's permission, lacks: changing its password, email or active flag would hand the caller that
     * permission, so only a superuser passes.
     */
    @ParameterizedTest(name = "{0} by {1} on a user holding more")
    @MethodSource("takeoverRows")
    void identityChangeOnAUserHoldingMoreThanTheCallerIsForbidden(Endpoint endpoint, Kind kind) {
        Response response = endpoint.call().apply(kind.make(endpoint.perms()));
        int expected = kind == Kind.ANONYMOUS ? 401 : kind == Kind.SUPERUSER ? endpoint.success() : 403;
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
    }

    static Stream<Arguments> takeoverRows() {
        return identityEndpoints(GuardMatrixTest::aTargetHoldingDeleteUser).stream()
                .flatMap(e -> Stream.of(Kind.values()).map(k -> Arguments.of(e, k)));
    }

    static List<Endpoint> profileAndGrantEndpoints() {
        return List.of(
                new Endpoint("GET /profiles/{id}", perms("view_profile"), 200, c -> as(c).get("/profiles/" + aTarget())),
                new Endpoint("PATCH /profiles/{id}", perms("change_profile"), 200,
                        c -> json(c, Map.of("bio", "hello")).patch("/profiles/" + aTarget())),
                new Endpoint("GET /users/{id}/sessions", perms("view_user", "change_user"), 200,
                        c -> as(c).get("/users/" + aTarget() + "/sessions")),
                new Endpoint("GET /users/{id}/permissions", perms("view_user"), 200,
                        c -> as(c).get("/users/" + aTarget() + "/permissions")),
                new Endpoint("PUT /users/{id}/permissions/{perm}", perms("change_user"), 204,
                        c -> as(c).put("/users/" + aTarget() + "/permissions/auth.change_user")),
                new Endpoint("DELETE /users/{id}/permissions/{perm}", perms("change_user"), 204,
                        c -> as(c).delete("/users/" + aTarget() + "/permissions/auth.view_user")),
                new Endpoint("PUT /users/{id}/groups/{group}", perms("change_user"), 204,
                        c -> as(c).put("/users/" + aTarget() + "/groups/" + Fixtures.aGroup())),
                new Endpoint("DELETE /users/{id}/groups/{group}", perms("change_user"), 204,
                        c -> as(c).delete("/users/" + aTarget() + "/groups/" + Fixtures.aGroup())));
    }

    static List<Endpoint> permissionEndpoints() {
        return List.of(
                new Endpoint("GET /permissions", perms("view_permission"), 200, c -> as(c).get("/permissions?limit=1")),
                new Endpoint("POST /permissions", perms("add_permission"), 201,
                        c -> json(c, Map.of("permission", Fixtures.anApp() + ".do_thing", "name", "Can do"))
                                .post("/permissions")),
                new Endpoint("DELETE /permissions/{perm}", perms("delete_permission"), 204,
                        c -> as(c).delete("/permissions/" + Fixtures.aPermission())),
                new Endpoint("POST /permissions/check", perms("view_permission"), 200,
                        c -> json(c, Map.of("user_id", aTarget(), "permissions", List.of("auth.view_user")))
                                .post("/permissions/check")));
    }

    static List<Endpoint> groupEndpoints() {
        return List.of(
                new Endpoint("GET /groups", perms("view_group"), 200, c -> as(c).get("/groups?limit=1")),
                new Endpoint("POST /groups", perms("add_group"), 201,
                        c -> json(c, Map.of("name", "grp-" + UUID.randomUUID())).post("/groups")),
                new Endpoint("GET /groups/{name}", perms("view_group"), 200, c -> as(c).get("/groups/" + Fixtures.aGroup())),
                new Endpoint("PATCH /groups/{name}", perms("change_group"), 200,
                        c -> json(c, Map.of("name", "grp-" + UUID.randomUUID())).patch("/groups/" + Fixtures.aGroup())),
                new Endpoint("DELETE /groups/{name}", perms("delete_group"), 204,
                        c -> as(c).delete("/groups/" + Fixtures.aGroup())));
    }

    static List<Endpoint> clientEndpoints() {
        return List.of(
                new Endpoint("GET /clients", perms("view_client"), 200, c -> as(c).get("/clients")),
                new Endpoint("POST /clients", perms("add_client"), 201, c -> json(c, Map.of("name", "new")).post("/clients")),
                new Endpoint("POST /clients public", perms("add_client"), 201, c -> json(c, Map.of("name", "spa",
                        "type", "public", "redirect_uris", List.of("https://spa.example.org/cb"))).post("/clients")),
                new Endpoint("GET /clients/{client_id}", perms("view_client"), 200, c -> as(c).get("/clients/" + aClient())),
                new Endpoint("PATCH /clients/{client_id}", perms("change_client"), 200,
                        c -> as(c).contentType("application/merge-patch+json").body(Map.of("name", "renamed"))
                                .patch("/clients/" + aClient())),
                new Endpoint("POST /clients/{client_id}/secret", perms("change_client"), 200,
                        c -> as(c).post("/clients/" + aClient() + "/secret")),
                new Endpoint("DELETE /clients/{client_id}", perms("delete_client"), 204,
                        c -> as(c).delete("/clients/" + aClient())));
    }

    private static List<String> perms(String... codenames) {
        return Stream.of(codenames).map(c -> "auth." + c).toList();
    }

    private static io.restassured.specification.RequestSpecification json(Caller caller, Object body) {
        return as(caller).contentType(ContentType.JSON).body(body);
    }

    /** Another user to act on, never the caller, so self-service rules do not apply. */
    private static String aTarget() {
        return aUser().create();
    }

    /** A target holding auth.delete_user through a group, which no matrix caller but the superuser holds. */
    private static String aTargetHoldingDeleteUser() {
        String target = aTarget();
        Fixtures.join(target, Fixtures.aGroup("auth.delete_user"));
        return target;
    }

    private static String aClient() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "target"))
                .when().post("/clients").then().statusCode(201).extract().path("client_id");
    }

    /** NDJSON as bytes: rest-assured cannot encode a String as application/x-ndjson. */
    private static byte[] djangoLine(String email) {
        return ("{\"email\":\"" + email + "\",\"password\":\"" + HASH + "\",\"first_name\":\"Imported\","
                + "\"is_active\":true,\"is_staff\":false,\"is_superuser\":false}").getBytes(StandardCharsets.UTF_8);
    }
}

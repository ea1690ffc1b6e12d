package dev.gatehouse.permission;

import static dev.gatehouse.permission.Fixtures.aGroup;
import static dev.gatehouse.permission.Fixtures.aPermission;
import static dev.gatehouse.permission.Fixtures.anApp;
import static dev.gatehouse.permission.Fixtures.grant;
import static dev.gatehouse.permission.Fixtures.join;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Django's authorization rules, through the Authorizer and through {@code POST /permissions/check}. */
@QuarkusTest
class AuthorizerTest {

    @Inject
    Authorizer authorizer;

    @Inject
    DjangoQuestions questions;

    @Inject
    EntityManagerFactory emf;

    @Test
    void activeSuperuserHoldsEveryPermissionEvenUnregisteredOnes() {
        UUID id = UUID.fromString(aUser().with("is_superuser", true).create());
        assertTrue(authorizer.hasPerm(id, "auth.delete_user", null));
        assertTrue(authorizer.hasPerm(id, "nowhere.not_registered", null));
        assertTrue(questions.hasModulePerms(id, "anything"));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().body("holds_all", equalTo(true));
    }

    @Test
    void usersWithPermListsActiveHoldersAndOptionallySuperusers() {
        String perm = aPermission();
        String holder = aUser().create();
        join(holder, aGroup(perm));
        String superuser = aUser().with("is_superuser", true).create();
        List<String> withoutSuperusers = questions.usersWithPerm(perm, false, null, 200).items().stream()
                .map(u -> u.id().toString()).toList();
        assertEquals(List.of(holder), withoutSuperusers);
        List<String> all = questions.usersWithPerm(perm, true, null, 200).items().stream()
                .map(u -> u.id().toString()).toList();
        assertTrue(all.containsAll(List.of(holder, superuser)));
    }

    @Test
    void inactiveUserHoldsNothingEvenWhenGranted() {
        String perm = aPermission();
        String id = aUser().with("is_active", false).create();
        grant(id, perm);
        assertFalse(authorizer.hasPerm(UUID.fromString(id), perm, null));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().statusCode(200).body("permissions", empty());
    }

    @Test
    void inactiveSuperuserHoldsNothing() {
        UUID id = UUID.fromString(aUser().with("is_superuser", true).with("is_active", false).create());
        assertFalse(authorizer.hasPerm(id, "auth.view_user", null));
        assertFalse(questions.hasModulePerms(id, "auth"));
    }

    @Test
    void userAndGroupGrantsCombineAndEachSourceShowsItsOwn() {
        String app = anApp();
        String direct = aPermission(app, "direct");
        String viaGroup = aPermission(app, "via_group");
        String id = aUser().create();
        grant(id, direct);
        join(id, aGroup(viaGroup));

        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=user").then().body("permissions", contains(direct));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions?source=group").then().body("permissions", contains(viaGroup));
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then()
                .body("source", equalTo("all")).body("holds_all", equalTo(false))
                .body("permissions", contains(direct, viaGroup));
        assertTrue(questions.hasPerms(UUID.fromString(id), List.of(direct, viaGroup), null));
    }

    @Test
    void unknownPermissionAndUnknownUserAreSimplyNotHeld() {
        UUID id = UUID.fromString(aUser().create());
        assertFalse(authorizer.hasPerm(id, "nowhere.not_registered", null));
        assertFalse(authorizer.hasPerm(UUID.randomUUID(), "auth.view_user", null));
    }

    @Test
    void hasModulePermsIsTrueOnlyForAppsWithAGrant() {
        String app = anApp();
        String id = aUser().create();
        join(id, aGroup(aPermission(app, "one")));
        assertTrue(questions.hasModulePerms(UUID.fromString(id), app));
        assertFalse(questions.hasModulePerms(UUID.fromString(id), anApp()));
    }

    @Test
    void ownerMayChangeTheirOwnDocumentThroughTheExampleBackendOnly() {
        String owner = aUser().create();
        String document = "doc-" + UUID.randomUUID();
        DocumentOwnerBackend.recordOwner(owner, document);
        check(owner, List.of(DocumentOwnerBackend.CHANGE), "document:" + document).body("allowed", equalTo(true));
        check(owner, List.of(DocumentOwnerBackend.CHANGE), "document:other-" + document)
                .body("allowed", equalTo(false)).body("missing", contains(DocumentOwnerBackend.CHANGE));
        check(owner, List.of(DocumentOwnerBackend.CHANGE), null).body("allowed", equalTo(false));
        check(aUser().create(), List.of(DocumentOwnerBackend.CHANGE), "document:" + document)
                .body("allowed", equalTo(false));
    }

    @Test
    void profileAttributesAUserMayEditGrantNoDocumentThroughTheExampleBackend() {
        String document = "doc-" + UUID.randomUUID();
        DocumentOwnerBackend.recordOwner(aUser().create(), document);
        String claimant = aUser().withProfile("attributes", Map.of("owns_documents", List.of(document))).create();
        check(claimant, List.of(DocumentOwnerBackend.CHANGE), "document:" + document).body("allowed", equalTo(false));
    }

    @Test
    void modelGrantsDoNotApplyToObjects() {
        String perm = aPermission();
        String id = aUser().create();
        grant(id, perm);
        check(id, List.of(perm), null).body("allowed", equalTo(true));
        check(id, List.of(perm), "document:42").body("allowed", equalTo(false));
    }

    @Test
    void aDenyingBackendStopsTheChainEvenWhenTheModelBackendGrants() {
        String perm = aPermission("frozen", "edit_" + anApp());
        String id = aUser().create();
        grant(id, perm);
        given().auth().oauth2(Tokens.admin()).when().get("/users/" + id + "/permissions").then().body("permissions", contains(perm));
        check(id, List.of(perm), null).body("allowed", equalTo(false)).body("missing", contains(perm));
        assertFalse(questions.hasModulePerms(UUID.fromString(id), "frozen"));
    }

    @Test
    void backendsAreAskedByDescendingPriorityWithTheModelBackendLast() {
        List<String> order = questions.chainOrder().stream().map(name -> name.replace("_ClientProxy", "")).toList();
        assertEquals(List.of("FrozenAppBackend", "DocumentOwnerBackend", "ModelBackend"), order);
    }

    @Test
    void checkingPermissionsIsOneSqlStatement() {
        String app = anApp();
        String id = aUser().create();
        grant(id, aPermission(app, "a"));
        join(id, aGroup(aPermission(app, "b")));
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assertTrue(questions.hasPerms(UUID.fromString(id), List.of(app + ".a", app + ".b"), null));
        assertEquals(1, stats.getPrepareStatementCount(), "a permission check must be one SQL statement");
        stats.clear();
        check(id, List.of(app + ".a", app + ".b", app + ".c"), null).body("missing", contains(app + ".c"));
        // one statement for the caller's own check (PermissionGuard: auth.view_permission), one for the answer
        assertEquals(2, stats.getPrepareStatementCount(), "POST /permissions/check must be one SQL statement");
    }

    static io.restassured.response.ValidatableResponse check(String userId, List<String> perms, String object) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("user_id", userId, "permissions", perms));
        if (object != null) {
            body.put("object", object);
        }
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post("/permissions/check")
                .then().statusCode(200);
    }
}

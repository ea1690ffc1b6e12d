package dev.gatehouse.permission;

import static dev.gatehouse.permission.Fixtures.aPermission;
import static dev.gatehouse.permission.Fixtures.grant;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gatehouse.security.ObjectRef;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PermissionGuardTest {

    @Inject
    PermissionGuard guard;

    @Test
    void callerWithThePermissionPasses() {
        String perm = aPermission();
        String id = aUser().create();
        grant(id, perm);
        assertDoesNotThrow(() -> guard.require(UUID.fromString(id), perm));
    }

    @Test
    void superuserPassesWithoutAGrant() {
        UUID id = UUID.fromString(aUser().with("is_superuser", true).create());
        assertDoesNotThrow(() -> guard.require(id, "auth.delete_user"));
    }

    @Test
    void callerWithoutThePermissionIsRefusedWith403() {
        UUID id = UUID.fromString(aUser().create());
        ProblemException refused = assertThrows(ProblemException.class, () -> guard.require(id, "auth.delete_user"));
        assertEquals(403, refused.status());
        assertEquals(403, assertThrows(ProblemException.class, () -> guard.require(null, "auth.view_user")).status());
    }

    @Test
    void inactiveCallerIsRefusedEvenWithTheGrant() {
        String perm = aPermission();
        String id = aUser().with("is_active", false).create();
        grant(id, perm);
        assertThrows(ProblemException.class, () -> guard.require(UUID.fromString(id), perm));
    }

    @Test
    void objectPermissionIsCheckedThroughTheBackends() {
        String ownerId = aUser().create();
        String document = "guard-" + UUID.randomUUID();
        DocumentOwnerBackend.recordOwner(ownerId, document);
        UUID owner = UUID.fromString(ownerId);
        assertDoesNotThrow(() -> guard.require(owner, DocumentOwnerBackend.CHANGE, new ObjectRef("document", document)));
        assertThrows(ProblemException.class,
                () -> guard.require(owner, DocumentOwnerBackend.CHANGE, new ObjectRef("document", "7")));
    }
}

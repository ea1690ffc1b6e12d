package dev.gatehouse.permission;

import dev.gatehouse.security.ObjectRef;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/** Example denying backend, present only in tests: nobody but a superuser holds anything in app {@code frozen}. */
@ApplicationScoped
@Priority(200)
public class FrozenAppBackend implements AuthorizationBackend {

    @Override
    public boolean hasPerm(Subject subject, String perm, ObjectRef object) {
        if (perm.startsWith("frozen.")) {
            throw new PermissionDenied("app frozen is read-only");
        }
        return false;
    }

    @Override
    public boolean hasModulePerms(Subject subject, String appLabel) {
        if (appLabel.equals("frozen")) {
            throw new PermissionDenied("app frozen is read-only");
        }
        return false;
    }
}

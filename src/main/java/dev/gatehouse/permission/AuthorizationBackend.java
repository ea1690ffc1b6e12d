package dev.gatehouse.permission;

import dev.gatehouse.security.ObjectRef;
import java.util.HashSet;
import java.util.Set;

/**
 * A source of permissions, like a Django authentication backend's authorization methods. Implementations
 * are CDI beans; the {@link Authorizer} asks them in descending {@code @Priority} order, and the
 * {@link ModelBackend} (priority 0) comes last.
 *
 * <p>The contract: a permission set answers "what this backend grants" (empty means "nothing from me");
 * {@code hasPerm} true means granted, and the union over backends decides; throwing {@link PermissionDenied}
 * means "stop and refuse", and no later backend is asked. {@code object} is null for a model-level question;
 * a backend that does not implement object permissions grants nothing for a non-null object. Every default
 * is the safe answer. The Authorizer has already applied the superuser and inactive rules, so a backend
 * only sees active users.
 */
public interface AuthorizationBackend {

    /** Permissions granted to the user directly. Default: none. */
    default Set<String> userPermissions(Subject subject, ObjectRef object) {
        return Set.of();
    }

    /** Permissions granted to the user through groups. Default: none. */
    default Set<String> groupPermissions(Subject subject, ObjectRef object) {
        return Set.of();
    }

    /** Default: the union of {@link #userPermissions} and {@link #groupPermissions}. */
    default Set<String> allPermissions(Subject subject, ObjectRef object) {
        Set<String> all = new HashSet<>(userPermissions(subject, object));
        all.addAll(groupPermissions(subject, object));
        return all;
    }

    /**
     * Whether this backend grants {@code perm}. Default: {@code perm} is in {@link #allPermissions}.
     *
     * @throws PermissionDenied to refuse the permission whatever later backends would say
     */
    default boolean hasPerm(Subject subject, String perm, ObjectRef object) {
        return allPermissions(subject, object).contains(perm);
    }

    /**
     * Whether this backend grants any permission in the app. Default: any of {@link #allPermissions} starts
     * with {@code appLabel + "."}.
     *
     * @throws PermissionDenied to refuse the whole app whatever later backends would say
     */
    default boolean hasModulePerms(Subject subject, String appLabel) {
        String prefix = appLabel + ".";
        return allPermissions(subject, null).stream().anyMatch(p -> p.startsWith(prefix));
    }
}

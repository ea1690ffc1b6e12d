package dev.gatehouse.security;

import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Guards an endpoint with one permission: {@code guard.require(currentUser.id(), "auth.view_group")} as the
 * first line of a resource method. The answer comes from {@link Authorization} ({@code permission.Authorizer}), which reads the caller's
 * flags from the database, not from the token: a user deactivated after their token was issued is refused
 * at once, superusers included. Superusers pass; inactive and unknown callers are refused.
 */
@ApplicationScoped
public class PermissionGuard {

    private final Authorization authorizer;

    PermissionGuard(Authorization authorizer) {
        this.authorizer = authorizer;
    }

    /** Returns when the caller holds {@code perm}; otherwise throws a 403 problem. */
    public void require(UUID callerId, String perm) {
        require(callerId, perm, null);
    }

    /** Returns when the caller holds {@code perm} on {@code object}; otherwise throws a 403 problem. */
    public void require(UUID callerId, String perm, ObjectRef object) {
        if (callerId == null || !authorizer.hasPerm(callerId, perm, object)) {
            throw ProblemException.forbidden("This action needs the permission " + perm
                    + (object == null ? "" : " on " + object) + ".");
        }
    }

    /** Self-service: returns when the caller is an active user; otherwise throws a 403 problem. */
    public void requireActive(UUID callerId) {
        if (callerId == null || !authorizer.isActive(callerId)) {
            throw ProblemException.forbidden("This account is inactive or no longer exists.");
        }
    }

    /**
     * Returns when an active caller acts on their own record ({@code ownerId}) or holds {@code perm};
     * otherwise throws a 403 problem.
     */
    public void requireSelfOr(UUID callerId, UUID ownerId, String perm) {
        if (callerId != null && callerId.equals(ownerId)) {
            requireActive(callerId);
        } else {
            require(callerId, perm);
        }
    }
}

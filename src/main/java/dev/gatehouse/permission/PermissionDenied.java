package dev.gatehouse.permission;

/**
 * Thrown by an {@link AuthorizationBackend} to refuse a permission outright: the {@link Authorizer} stops at
 * once and asks no later backend (Django's {@code PermissionDenied} in {@code has_perm}).
 */
public class PermissionDenied extends RuntimeException {

    public PermissionDenied(String reason) {
        super(reason, null, false, false);
    }
}

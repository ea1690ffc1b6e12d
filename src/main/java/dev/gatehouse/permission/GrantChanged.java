package dev.gatehouse.permission;

import java.util.UUID;

/**
 * Fired inside the transaction that changed a user's direct permissions or group memberships, only
 * when a row actually changed, so the audit trail records who gained or lost what.
 * {@code name} is the permission or group; for {@link Kind#GROUPS_SET} the new memberships, comma-separated.
 */
public record GrantChanged(UUID userId, Kind kind, String name) {

    public enum Kind { PERMISSION_GRANTED, PERMISSION_REVOKED, GROUP_JOINED, GROUP_LEFT, GROUPS_SET }
}

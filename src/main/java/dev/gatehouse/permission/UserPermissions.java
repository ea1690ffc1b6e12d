package dev.gatehouse.permission;

import java.util.List;
import java.util.UUID;

/** A user's granted permissions from one source; {@code holdsAll} is true for an active superuser. */
public record UserPermissions(UUID userId, PermissionSource source, boolean holdsAll, List<String> permissions) {}

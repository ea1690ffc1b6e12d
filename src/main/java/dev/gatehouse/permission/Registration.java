package dev.gatehouse.permission;

/** The outcome of an idempotent registration: {@code created} is false when the permission already existed. */
public record Registration(boolean created, PermissionView permission) {}

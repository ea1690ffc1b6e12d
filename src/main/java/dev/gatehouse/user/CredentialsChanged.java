package dev.gatehouse.user;

import java.util.UUID;

/**
 * Fired inside the transaction that changed a user's password or deactivated the user, so sessions
 * (refresh tokens) die with it, as Django invalidates sessions on a password change. An event keeps
 * the user package free of the token package.
 */
public record CredentialsChanged(UUID userId) {}

package dev.gatehouse.security;

import java.util.UUID;

/**
 * The authorization questions guards and resources ask about a caller, answered by {@code permission.Authorizer}
 * (Django's rules over the authorization backends). It lives here, below every feature, so that a resource can
 * ask it without depending on the package that answers.
 */
public interface Authorization {

    /** Django's {@code has_perm}; {@code object} is null for a model-level permission. False for unknown users. */
    boolean hasPerm(UUID userId, String perm, ObjectRef object);

    /** True when the user exists and is active: self-service needs nothing more. */
    boolean isActive(UUID userId);
}

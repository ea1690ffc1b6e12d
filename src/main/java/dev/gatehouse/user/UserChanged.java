package dev.gatehouse.user;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction that created, changed or deleted a user or set their password, so the
 * audit trail records it with the change (and loses it with a rollback). {@code fields} names the
 * changed fields of an update, never their values.
 */
public record UserChanged(UUID userId, Change change, List<String> fields) {

    public enum Change { CREATED, UPDATED, DELETED, PASSWORD_CHANGED, PASSWORD_SET, PASSWORD_UNUSABLE }

    static UserChanged of(UUID userId, Change change) {
        return new UserChanged(userId, change, List.of());
    }
}

package dev.gatehouse.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The answer of get-or-create: the user's id, whether this call created it, and the user itself only for a
 * caller who may read users (auth.view_user); otherwise {@code user} is left out of the JSON.
 */
public record GetOrCreateResult(UUID id, boolean created, @JsonInclude(JsonInclude.Include.NON_NULL) UserView user) {

    GetOrCreateResult(boolean created, UserView user) {
        this(user.id(), created, user);
    }

    /** The reduced answer, {@code {id, created}}. */
    GetOrCreateResult withoutUser() {
        return new GetOrCreateResult(id, created, null);
    }
}

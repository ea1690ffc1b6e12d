package dev.gatehouse.user;

import java.util.List;
import java.util.UUID;

/**
 * Filters of {@code GET /users}; null or empty means "any". {@code permission} is Django's with_perm (active
 * holders, plus active superusers when {@code includeSuperusers}); {@code group} is membership by name.
 */
public record UserFilter(String email, Boolean isActive, List<UUID> ids, String permission, String group,
        boolean includeSuperusers) {

    public UserFilter(String email, Boolean isActive, List<UUID> ids) {
        this(email, isActive, ids, null, null, true);
    }
}

package dev.gatehouse.auth;

import dev.gatehouse.permission.GroupService;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The user's group names for the access token's {@code groups} claim, in a stable order (the token keeps the first
 * {@code max-groups}); the user may be detached from any persistence context, so it queries by id. Reads
 * one more than {@code gatehouse.token.max-groups}, so the issuer can say {@code groups_truncated} without
 * loading every group of a user in hundreds of them: one bounded SQL statement.
 */
@ApplicationScoped
public class TokenGroupNames {

    private final GroupService groups;
    private final TokenConfig config;

    TokenGroupNames(GroupService groups, TokenConfig config) {
        this.groups = groups;
        this.config = config;
    }

    public List<String> of(User user) {
        return groups.groupNames(user.id, config.maxGroups() + 1);
    }
}

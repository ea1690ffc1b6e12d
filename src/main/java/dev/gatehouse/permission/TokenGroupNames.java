package dev.gatehouse.permission;

import dev.gatehouse.auth.GroupNames;
import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The user's group names for the access token's {@code groups} claim, replacing the default empty bean. Reads
 * one more than {@code gatehouse.token.max-groups}, so the issuer can say {@code groups_truncated} without
 * loading every group of a user in hundreds of them: one bounded SQL statement.
 */
@ApplicationScoped
public class TokenGroupNames implements GroupNames {

    private final GroupService groups;
    private final TokenConfig config;

    TokenGroupNames(GroupService groups, TokenConfig config) {
        this.groups = groups;
        this.config = config;
    }

    @Override
    public List<String> of(User user) {
        return groups.groupNames(user.id, config.maxGroups() + 1);
    }
}

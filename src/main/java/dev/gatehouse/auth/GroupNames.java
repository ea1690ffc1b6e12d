package dev.gatehouse.auth;

import dev.gatehouse.user.User;
import java.util.List;

/**
 * Supplies the group names put in a user's access token. The default bean returns none; the
 * permission feature replaces it with a bean that reads the user's groups.
 */
public interface GroupNames {

    /**
     * The user's group names, in a stable order (the token keeps the first {@code max-groups}). The
     * user may be detached from any persistence context: query by {@code user.id}.
     */
    List<String> of(User user);
}

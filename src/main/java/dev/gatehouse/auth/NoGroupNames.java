package dev.gatehouse.auth;

import dev.gatehouse.user.User;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Until groups exist: no group names; any other {@link GroupNames} bean replaces this one. */
@DefaultBean
@ApplicationScoped
class NoGroupNames implements GroupNames {

    @Override
    public List<String> of(User user) {
        return List.of();
    }
}

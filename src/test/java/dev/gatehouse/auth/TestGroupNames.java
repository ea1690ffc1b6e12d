package dev.gatehouse.auth;

import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.IntStream;

/** Replaces the default {@link GroupNames}: users whose email starts with the prefix are in 60 groups. */
@ApplicationScoped
public class TestGroupNames implements GroupNames {

    public static final String MANY_GROUPS_PREFIX = "many-groups-";

    @Override
    public List<String> of(User user) {
        if (!user.email.startsWith(MANY_GROUPS_PREFIX)) {
            return List.of();
        }
        return IntStream.range(0, 60).mapToObj(i -> "group-" + i).toList();
    }
}

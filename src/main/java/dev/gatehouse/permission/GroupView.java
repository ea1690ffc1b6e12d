package dev.gatehouse.permission;

import java.util.List;

/**
 * One group with its permissions, sorted, and its member count; the members themselves are paginated at
 * {@code GET /users?group=name}.
 */
public record GroupView(String name, List<String> permissions, long memberCount) {

    static GroupView of(Group group, long memberCount) {
        return new GroupView(group.name, group.permissions.stream().map(Permission::key).sorted().toList(), memberCount);
    }
}

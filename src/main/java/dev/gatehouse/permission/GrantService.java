package dev.gatehouse.permission;

import dev.gatehouse.user.User;
import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Grants permissions to users and adds users to groups. Every operation is idempotent (granting twice or
 * revoking what was never granted is fine) and a 404 problem names the unknown user, permission or group.
 */
@ApplicationScoped
public class GrantService {

    private final PermissionService permissions;
    private final GroupService groups;

    GrantService(PermissionService permissions, GroupService groups) {
        this.permissions = permissions;
        this.groups = groups;
    }

    @Transactional
    public void grant(UUID userId, String perm) {
        long permissionId = permissionId(userId, perm);
        execute("insert into user_permissions (user_id, permission_id) values (:user, :other) on conflict do nothing",
                userId, permissionId);
    }

    @Transactional
    public void revoke(UUID userId, String perm) {
        long permissionId = permissionId(userId, perm);
        execute("delete from user_permissions where user_id = :user and permission_id = :other", userId, permissionId);
    }

    @Transactional
    public void join(UUID userId, String group) {
        long groupId = groupId(userId, group);
        execute("insert into user_groups (user_id, group_id) values (:user, :other) on conflict do nothing",
                userId, groupId);
    }

    @Transactional
    public void leave(UUID userId, String group) {
        long groupId = groupId(userId, group);
        execute("delete from user_groups where user_id = :user and group_id = :other", userId, groupId);
    }

    private long permissionId(UUID userId, String perm) {
        PermissionName name = PermissionName.parse("perm", perm);
        requireUser(userId);
        return permissions.find(name)
                .orElseThrow(() -> ProblemException.notFound("No permission is named " + name + ".")).id;
    }

    private long groupId(UUID userId, String group) {
        requireUser(userId);
        return groups.find(group).orElseThrow(() -> ProblemException.notFound("No group is named " + group + ".")).id;
    }

    private static void requireUser(UUID userId) {
        if (User.count("id", userId) == 0) {
            throw ProblemException.notFound("No user has the id " + userId + ".");
        }
    }

    private static void execute(String sql, UUID userId, long otherId) {
        Panache.getEntityManager().createNativeQuery(sql).setParameter("user", userId).setParameter("other", otherId)
                .executeUpdate();
    }
}

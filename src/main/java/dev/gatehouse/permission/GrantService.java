package dev.gatehouse.permission;

import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Grants permissions to users and adds users to groups. Every operation is idempotent (granting twice or
 * revoking what was never granted is fine) and a 404 problem names the unknown user, permission or group.
 */
@ApplicationScoped
public class GrantService {

    private final PermissionService permissions;
    private final GroupService groups;
    private final Event<GrantChanged> changed;

    GrantService(PermissionService permissions, GroupService groups, Event<GrantChanged> changed) {
        this.permissions = permissions;
        this.groups = groups;
        this.changed = changed;
    }

    @Transactional
    public void grant(UUID userId, String perm) {
        long permissionId = permissionId(userId, perm);
        int rows = execute("insert into user_permissions (user_id, permission_id) values (:user, :other)"
                + " on conflict do nothing", userId, permissionId);
        announce(rows, userId, GrantChanged.Kind.PERMISSION_GRANTED, perm);
    }

    @Transactional
    public void revoke(UUID userId, String perm) {
        long permissionId = permissionId(userId, perm);
        int rows = execute("delete from user_permissions where user_id = :user and permission_id = :other",
                userId, permissionId);
        announce(rows, userId, GrantChanged.Kind.PERMISSION_REVOKED, perm);
    }

    @Transactional
    public void join(UUID userId, String group) {
        long groupId = groupId(userId, group);
        int rows = execute("insert into user_groups (user_id, group_id) values (:user, :other)"
                + " on conflict do nothing", userId, groupId);
        announce(rows, userId, GrantChanged.Kind.GROUP_JOINED, group);
    }

    @Transactional
    public void leave(UUID userId, String group) {
        long groupId = groupId(userId, group);
        int rows = execute("delete from user_groups where user_id = :user and group_id = :other", userId, groupId);
        announce(rows, userId, GrantChanged.Kind.GROUP_LEFT, group);
    }

    /**
     * Makes the user a member of exactly these groups (Django's loaddata semantics), in two statements;
     * the caller has checked with {@link #unknownGroups} that every name exists.
     */
    @Transactional
    public void setGroups(UUID userId, Collection<String> groupNames) {
        Panache.getEntityManager().createNativeQuery("delete from user_groups where user_id = :user")
                .setParameter("user", userId).executeUpdate();
        if (!groupNames.isEmpty()) {
            Panache.getEntityManager().createNativeQuery("insert into user_groups (user_id, group_id)"
                            + " select :user, g.id from auth_group g where g.name in (:names)")
                    .setParameter("user", userId).setParameter("names", groupNames).executeUpdate();
        }
        changed.fire(new GrantChanged(userId, GrantChanged.Kind.GROUPS_SET, String.join(",", groupNames)));
    }

    /** Which of these group names no group has, in one statement. */
    @Transactional
    public Set<String> unknownGroups(Collection<String> groupNames) {
        if (groupNames.isEmpty()) {
            return Set.of();
        }
        Set<String> unknown = new HashSet<>(groupNames);
        Panache.getEntityManager().createQuery("select g.name from AuthGroup g where g.name in :names", String.class)
                .setParameter("names", groupNames).getResultList().forEach(unknown::remove);
        return unknown;
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

    /** Reads the users table by SQL, as {@link ModelBackend} does: the user package sits above this one. */
    private static void requireUser(UUID userId) {
        Object found = Panache.getEntityManager().createNativeQuery("select count(*) from users where id = :id")
                .setParameter("id", userId).getSingleResult();
        if (((Number) found).longValue() == 0) {
            throw ProblemException.noSuchUser(userId);
        }
    }

    private void announce(int rows, UUID userId, GrantChanged.Kind kind, String name) {
        if (rows > 0) {
            changed.fire(new GrantChanged(userId, kind, name));
        }
    }

    private static int execute(String sql, UUID userId, long otherId) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("user", userId)
                .setParameter("other", otherId).executeUpdate();
    }
}

package dev.gatehouse.permission;

import dev.gatehouse.web.Cursor;
import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, reads, changes and deletes groups; no method loads more than one page or one group. */
@ApplicationScoped
public class GroupService {

    private final PermissionsConfig config;
    private final PermissionService permissions;

    GroupService(PermissionsConfig config, PermissionService permissions) {
        this.config = config;
        this.permissions = permissions;
    }

    /** One page of groups ordered by name, each with its permission count, in one statement. */
    @Transactional
    public Page<GroupSummary> list(String cursor, int limit) {
        Cursor.checkLimit(limit, config.pageMax());
        String after = Cursor.decode(cursor);
        var query = em().createQuery("select new dev.gatehouse.permission.GroupSummary(g.name, size(g.permissions))"
                + " from AuthGroup g" + (after == null ? "" : " where g.name > :after") + " order by g.name",
                GroupSummary.class);
        if (after != null) {
            query.setParameter("after", after);
        }
        return Page.of(query.setMaxResults(limit + 1).getResultList(), limit, GroupSummary::name);
    }

    /**
     * Creates a group with its permissions; 400 on a bad or reserved name ({@link RoleNames}) or a bad
     * permission, 409 when the name is taken.
     */
    @Transactional
    public GroupView create(GroupRequest request) {
        if (request.name() == null) {
            throw ProblemException.invalid("name", "must not be null");
        }
        rejectReserved(request.name());
        rejectTaken(request.name());
        Group group = new Group();
        group.name = request.name();
        group.permissions.addAll(resolve(request.permissions() == null ? List.of() : request.permissions()));
        group.persist();
        em().flush();
        return GroupView.of(group, 0);
    }

    /** The group with its permissions and member count; empty when there is no such group. */
    @Transactional
    public Optional<GroupView> get(String name) {
        return findWithPermissions(name).map(group -> GroupView.of(group, memberCount(group)));
    }

    /** Renames the group (400 for a reserved name) and/or replaces its permissions; empty when there is no such group. */
    @Transactional
    public Optional<GroupView> patch(String name, GroupRequest changes) {
        return findWithPermissions(name).map(group -> {
            if (changes.name() != null && !changes.name().equals(group.name)) {
                rejectReserved(changes.name());
                rejectTaken(changes.name());
                group.name = changes.name();
            }
            if (changes.permissions() != null) {
                group.permissions.clear();
                group.permissions.addAll(resolve(changes.permissions()));
            }
            em().flush();
            return GroupView.of(group, memberCount(group));
        });
    }

    /** Deletes the group; its grants and memberships go with it (ON DELETE CASCADE). False when there was none. */
    @Transactional
    public boolean delete(String name) {
        return em().createQuery("delete from AuthGroup g where g.name = :name").setParameter("name", name)
                .executeUpdate() > 0;
    }

    /**
     * Names of the user's groups, alphabetically, at most {@code limit}, in one statement. For the tokens'
     * {@code groups} claim, which must stay small enough for an HTTP header.
     */
    @Transactional(TxType.SUPPORTS) // one read: joins a caller's transaction, starts none (no COMMIT round trip)
    public List<String> groupNames(UUID userId, int limit) {
        return em().createQuery("select g.name from UserGroup ug, AuthGroup g"
                        + " where ug.userId = :user and ug.groupId = g.id order by g.name", String.class)
                .setParameter("user", userId).setMaxResults(Math.max(limit, 0)).getResultList();
    }

    Optional<Group> find(String name) {
        return em().createQuery("from AuthGroup g where g.name = :name", Group.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    private Optional<Group> findWithPermissions(String name) {
        return em().createQuery("from AuthGroup g left join fetch g.permissions where g.name = :name", Group.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private long memberCount(Group group) {
        return UserGroup.count("groupId", group.id);
    }

    private List<Permission> resolve(List<String> perms) {
        if (perms.size() > config.groupPermissionsMax()) {
            throw ProblemException.invalid("permissions", "must hold at most " + config.groupPermissionsMax());
        }
        return perms.isEmpty() ? List.of() : permissions.resolve("permissions", perms);
    }

    /** A group named like a role would hand its role to every member through the tokens' groups claim. */
    private static void rejectReserved(String name) {
        if (RoleNames.isReserved(name)) {
            throw ProblemException.invalid("name", RoleNames.RESERVED_MESSAGE);
        }
    }

    private void rejectTaken(String name) {
        if (find(name).isPresent()) {
            throw ProblemException.conflict("name", "A group with this name already exists.");
        }
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}

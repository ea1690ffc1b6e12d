package dev.gatehouse.permission;

import dev.gatehouse.security.ObjectRef;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Grants stored in Gatehouse (Django's ModelBackend): the user's own permissions and those of their groups.
 * Like Django's, it ignores object permissions. Priority 0 puts it after every custom backend.
 */
@ApplicationScoped
@Priority(ModelBackend.PRIORITY)
public class ModelBackend implements AuthorizationBackend {

    public static final int PRIORITY = 0;

    /*
     * One statement: the user's flags, left-joined to the union of direct and group grants. Inactive users
     * skip the grant lookup entirely, since they hold nothing anyway (%s is the join condition).
     */
    private static final String LOAD_TEMPLATE = """
            select u.is_active, u.is_superuser, g.source, g.perm
            from users u
            left join lateral (
                select 'u' as source, p.app_label || '.' || p.codename as perm
                from user_permissions up join auth_permission p on p.id = up.permission_id
                where up.user_id = u.id
                union
                select 'g', p.app_label || '.' || p.codename
                from user_groups ug
                join auth_group_permissions gp on gp.group_id = ug.group_id
                join auth_permission p on p.id = gp.permission_id
                where ug.user_id = u.id
            ) g on %s
            where u.id = :id
            """;
    private static final String LOAD = LOAD_TEMPLATE.formatted("u.is_active");
    /** The grants an inactive user keeps and would hold again once reactivated. */
    private static final String LOAD_KEPT = LOAD_TEMPLATE.formatted("true");

    /** Reads the user's flags and stored grants in one SQL statement; empty when there is no such user. */
    public Optional<Subject> load(UUID userId) {
        return load(LOAD, userId);
    }

    /**
     * Like {@link #load}, but reads the stored grants of an inactive user too: what they would hold again once
     * reactivated. For the account-takeover rule ({@link PrivilegeGuard}), never for answering a permission check.
     */
    Optional<Subject> loadKeptGrants(UUID userId) {
        return load(LOAD_KEPT, userId);
    }

    private Optional<Subject> load(String sql, UUID userId) {
        List<Object[]> rows = loadQuery(sql).setParameter("id", userId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> user = new HashSet<>();
        Set<String> group = new HashSet<>();
        for (Object[] row : rows) {
            if (row[3] != null) {
                ("u".equals(row[2]) ? user : group).add((String) row[3]);
            }
        }
        Object[] first = rows.get(0);
        // wrapped, not copied: nothing else holds these sets, and Set.copyOf of a 500-group user's grants
        // was a fifth of a permission check's CPU (bench/README.md)
        return Optional.of(new Subject(userId, (Boolean) first[0], (Boolean) first[1],
                Collections.unmodifiableSet(user), Collections.unmodifiableSet(group)));
    }

    /** Declared column types, so Hibernate maps each row without asking the JDBC driver for metadata. */
    @SuppressWarnings("unchecked")
    private static NativeQuery<Object[]> loadQuery(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("is_active", StandardBasicTypes.BOOLEAN)
                .addScalar("is_superuser", StandardBasicTypes.BOOLEAN)
                .addScalar("source", StandardBasicTypes.STRING)
                .addScalar("perm", StandardBasicTypes.STRING);
    }

    @Override
    public Set<String> userPermissions(Subject subject, ObjectRef object) {
        return object == null ? subject.userGrants() : Set.of();
    }

    @Override
    public Set<String> groupPermissions(Subject subject, ObjectRef object) {
        return object == null ? subject.groupGrants() : Set.of();
    }
}

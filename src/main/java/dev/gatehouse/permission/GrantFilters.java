package dev.gatehouse.permission;

import io.quarkus.panache.common.Parameters;

/** HQL conditions on a user alias {@code u} for the {@code group} and {@code permission} filters of users. */
public final class GrantFilters {

    private static final String IN_GROUP = " and exists (select 1 from UserGroup ug, AuthGroup g"
            + " where ug.userId = u.id and ug.groupId = g.id and g.name = :group)";
    private static final String DIRECT = "exists (select 1 from UserPermission up, Permission p"
            + " where up.userId = u.id and up.permissionId = p.id and p.appLabel = :app and p.codename = :codename)";
    private static final String THROUGH_GROUP = "exists (select 1 from UserGroup ug2, AuthGroup g2 join g2.permissions p2"
            + " where ug2.userId = u.id and ug2.groupId = g2.id and p2.appLabel = :app and p2.codename = :codename)";

    private GrantFilters() {}

    /**
     * Appends the conditions "in {@code group}" and "holds {@code permission}" (either may be null: no condition);
     * a malformed permission is a 400 problem.
     */
    public static void apply(String group, String permission, boolean includeSuperusers, StringBuilder where,
            Parameters params) {
        if (group != null) {
            where.append(IN_GROUP);
            params.and("group", group);
        }
        if (permission != null) {
            PermissionName perm = PermissionName.parse("permission", permission);
            String superusers = includeSuperusers ? "u.superuser = true or " : "";
            where.append(" and u.active = true and (").append(superusers)
                    .append(DIRECT).append(" or ").append(THROUGH_GROUP).append(')');
            params.and("app", perm.appLabel()).and("codename", perm.codename());
        }
    }
}

package dev.gatehouse.permission;

import dev.gatehouse.web.Cursor;
import dev.gatehouse.security.ObjectRef;
import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Registers, lists and deletes permissions, and answers permission checks for the API. */
@ApplicationScoped
public class PermissionService {

    /** The permissions V3__permissions.sql creates. */
    private static final Pattern BUILT_IN = Pattern.compile(
            "auth\\.((view|add|change|delete)_(user|profile|permission|group|client)|view_auditevent)");

    private final PermissionsConfig config;
    private final Authorizer authorizer;

    PermissionService(PermissionsConfig config, Authorizer authorizer) {
        this.config = config;
        this.authorizer = authorizer;
    }

    /** One page ordered by app label then codename, optionally within one app. */
    @Transactional
    public Page<PermissionView> list(String appLabel, String cursor, int limit) {
        Cursor.checkLimit(limit, config.pageMax());
        if (appLabel != null && !PermissionName.isLabel(appLabel)) {
            throw ProblemException.invalid("app_label", "must be lowercase letters, digits and underscores");
        }
        StringBuilder where = new StringBuilder("where 1 = 1");
        Parameters params = new Parameters();
        if (appLabel != null) {
            where.append(" and appLabel = :app");
            params.and("app", appLabel);
        }
        String after = Cursor.decode(cursor);
        if (after != null) {
            PermissionName last = PermissionName.parse("cursor", after);
            where.append(" and (appLabel > :lastApp or (appLabel = :lastApp and codename > :lastCode))");
            params.and("lastApp", last.appLabel()).and("lastCode", last.codename());
        }
        List<PermissionView> rows = Permission.<Permission>find(where + " order by appLabel, codename", params)
                .range(0, limit).stream().map(PermissionView::of).toList();
        return Page.of(rows, limit, PermissionView::permission);
    }

    /**
     * Creates the permission, or finds it when it exists and takes the given name (the registering service
     * owns its names). Safe under concurrent calls: the insert yields to the unique key instead of failing.
     */
    @Transactional
    public Registration register(RegisterPermissionRequest request) {
        PermissionName perm = PermissionName.parse("permission", request.permission());
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into auth_permission (app_label, codename, name) values (:app, :code, :name)
                on conflict (app_label, codename) do nothing""")
                .setParameter("app", perm.appLabel()).setParameter("code", perm.codename())
                .setParameter("name", request.name()).executeUpdate();
        Permission permission = find(perm).orElseThrow();
        permission.name = request.name();
        return new Registration(inserted == 1, PermissionView.of(permission));
    }

    /**
     * Deletes the permission; grants go with it (ON DELETE CASCADE). False when there was none. Gatehouse's
     * own permissions are refused with 409: deleting one would silently lock everyone but superusers out.
     */
    @Transactional
    public boolean delete(String perm) {
        PermissionName name = PermissionName.parse("perm", perm);
        if (BUILT_IN.matcher(perm).matches()) {
            throw ProblemException.conflict("perm", "Gatehouse guards its own API with " + perm + "; it cannot be deleted.");
        }
        return Permission.delete("appLabel = ?1 and codename = ?2", name.appLabel(), name.codename()) > 0;
    }

    /** Which of the permissions the user lacks; empty when the user is unknown. */
    public Optional<CheckResult> check(CheckRequest request) {
        if (request.permissions().size() > config.checkMax()) {
            throw ProblemException.invalid("permissions", "must hold at most " + config.checkMax() + " permissions");
        }
        for (int i = 0; i < request.permissions().size(); i++) {
            PermissionName.parse("permissions[" + i + "]", request.permissions().get(i));
        }
        ObjectRef object = ObjectRef.parse("object", request.object());
        return authorizer.missing(request.userId(), request.permissions(), object)
                .map(missing -> new CheckResult(missing.isEmpty(), missing));
    }

    Optional<Permission> find(PermissionName perm) {
        return Permission.find("appLabel = ?1 and codename = ?2", perm.appLabel(), perm.codename())
                .firstResultOptional();
    }

    /** The named permissions in one query; malformed or unknown names are 400 problems on {@code field[i]}. */
    List<Permission> resolve(String field, List<String> perms) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < perms.size(); i++) {
            try {
                PermissionName.parse(field + "[" + i + "]", perms.get(i));
            } catch (ProblemException e) {
                errors.add(new FieldError(field + "[" + i + "]", "must be app_label.codename"));
            }
        }
        throwIfAny(errors);
        // both columns of the unique index, so the lookup uses it; the rare cross-product rows are dropped below
        List<PermissionName> names = perms.stream().map(p -> PermissionName.parse(field, p)).toList();
        Set<String> wanted = Set.copyOf(perms);
        Map<String, Permission> found = Permission.<Permission>list("appLabel in ?1 and codename in ?2",
                        names.stream().map(PermissionName::appLabel).distinct().toList(),
                        names.stream().map(PermissionName::codename).distinct().toList())
                .stream().filter(p -> wanted.contains(p.key()))
                .collect(Collectors.toMap(Permission::key, Function.identity()));
        for (int i = 0; i < perms.size(); i++) {
            if (!found.containsKey(perms.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "no such permission"));
            }
        }
        throwIfAny(errors);
        return List.copyOf(found.values());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}

package dev.gatehouse.permission;

import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Keeps callers from handing out more than they hold (privilege escalation): account flags need
 * {@code auth.change_user}, superuser status needs a superuser, and a permission reaches a user, directly or
 * through a group, only from a caller who holds it; nor does the caller take over, by its password, email or
 * active flag, an account holding what they do not. Each method returns when allowed and throws a 403 problem
 * otherwise; active superusers pass every rule. These checks come on top of the endpoint's own permission.
 */
@ApplicationScoped
public class PrivilegeGuard {

    static final String CHANGE_USER = "auth.change_user";

    /** Why an import line may not update a user holding more than the caller; names none of their permissions. */
    public static final String TAKEOVER_REFUSED = "Changing this user's password, email or active flag needs every"
            + " permission the user holds, and you lack at least one of them.";

    private final Authorizer authorizer;
    private final GroupService groups;
    private final ModelBackend model;

    PrivilegeGuard(Authorizer authorizer, GroupService groups, ModelBackend model) {
        this.authorizer = authorizer;
        this.groups = groups;
        this.model = model;
    }

    /** New users may carry account flags only from a holder of auth.change_user, superusers only from one. */
    public void requireMaySet(UUID callerId, Collection<UserFlags> flags) {
        TreeSet<String> fields = new TreeSet<>();
        flags.forEach(f -> fields.addAll(f.setFields()));
        if (!fields.isEmpty() && !authorizer.hasPerm(callerId, CHANGE_USER, null)) {
            throw ProblemException.forbidden("Setting " + String.join(", ", fields) + " needs the permission "
                    + CHANGE_USER + ".", fields.stream().map(f -> new FieldError(f, "needs " + CHANGE_USER)).toList());
        }
        if (flags.stream().anyMatch(UserFlags::makesSuperuser)) {
            requireSuperuser(callerId, "Only superusers may create superusers.");
        }
    }

    /**
     * Only superusers may change a superuser or make one: whoever can change a superuser's email or flags
     * can take the account over.
     */
    public void requireMayChange(UUID callerId, boolean superuserBefore, boolean superuserAfter) {
        if (superuserBefore || superuserAfter) {
            requireSuperuser(callerId, "Only superusers may change a superuser or make one.");
        }
    }

    /**
     * Only superusers may change the credentials of a superuser ({@code targetId}), active or not: whoever
     * sets a superuser's password owns the account. An unknown target passes, for the caller's 404.
     */
    public void requireMayChange(UUID callerId, UUID targetId) {
        boolean targetIsSuperuser = model.load(targetId).map(Subject::superuser).orElse(false);
        requireMayChange(callerId, targetIsSuperuser, false);
    }

    /**
     * Changing another user's password, its usability, email or active flag hands the account over, and with it
     * everything the user holds: so the caller must hold every permission the target holds, or would hold again
     * once reactivated (directly, through groups or from any backend), and a superuser target, active or not,
     * needs a superuser caller. An unknown target passes, for the caller's 404. The 403 says why without naming
     * the target's permissions, which the caller may not be allowed to read.
     */
    public void requireMayChangeCredentials(UUID callerId, UUID targetId) {
        authorizer.keptGrants(targetId).ifPresent(target -> {
            if (target.superuser()) {
                requireSuperuser(callerId, "Only superusers may change a superuser's password, email or active flag.");
            } else if (!holdsAll(callerId, target)) {
                throw ProblemException.forbidden(TAKEOVER_REFUSED);
            }
        });
    }

    /**
     * The rule of {@link #requireMayChangeCredentials} for many targets of one caller (an import's updates):
     * true when the caller may change the target's credentials. A superuser caller is read once and every
     * target passes without further SQL.
     */
    public Predicate<UUID> credentialChangesFor(UUID callerId) {
        if (authorizer.isSuperuser(callerId)) {
            return targetId -> true;
        }
        return targetId -> authorizer.keptGrants(targetId)
                .map(target -> !target.superuser() && holdsAll(callerId, target)).orElse(true);
    }

    private boolean holdsAll(UUID callerId, Authorizer.KeptGrants target) {
        return authorizer.missing(callerId, target.permissions(), null).map(List::isEmpty).orElse(false);
    }

    /** Granting a permission the caller does not hold is for superusers only. */
    public void requireMayGrant(UUID callerId, String perm) {
        if (!authorizer.hasPerm(callerId, perm, null)) {
            throw ProblemException.forbidden("Only superusers may grant a permission they do not hold: " + perm + ".");
        }
    }

    /** Putting permissions into a group is for callers who hold them all (superusers hold everything). */
    public void requireHoldsAll(UUID callerId, Collection<String> perms) {
        List<String> missing = authorizer.missing(callerId, perms, null).orElse(List.copyOf(perms));
        if (!missing.isEmpty()) {
            throw ProblemException.forbidden("Only superusers may hand out permissions they do not hold: "
                    + String.join(", ", missing) + ".");
        }
    }

    /** Adding a user to groups needs every permission of those groups; unknown groups are the caller's 404. */
    public void requireMayJoin(UUID callerId, Collection<String> groupNames) {
        if (groupNames.isEmpty() || authorizer.isSuperuser(callerId)) {
            return;
        }
        TreeSet<String> perms = new TreeSet<>();
        groupNames.forEach(name -> groups.get(name).ifPresent(group -> perms.addAll(group.permissions())));
        requireHoldsAll(callerId, perms);
    }

    /**
     * The checks for many new users from one caller (an import): flags, then groups. A superuser caller is
     * read once and every user passes without further SQL.
     */
    public BiConsumer<UserFlags, Collection<String>> checkFor(UUID callerId) {
        if (authorizer.isSuperuser(callerId)) {
            return (flags, groupNames) -> { };
        }
        return (flags, groupNames) -> {
            requireMaySet(callerId, List.of(flags));
            requireMayJoin(callerId, groupNames);
        };
    }

    /** True for an active superuser, who passes every rule here. */
    public boolean isSuperuser(UUID callerId) {
        return authorizer.isSuperuser(callerId);
    }

    private void requireSuperuser(UUID callerId, String detail) {
        if (!authorizer.isSuperuser(callerId)) {
            throw ProblemException.forbidden(detail);
        }
    }
}

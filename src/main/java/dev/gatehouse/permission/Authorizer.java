package dev.gatehouse.permission;

import dev.gatehouse.security.Authorization;
import dev.gatehouse.security.ObjectRef;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Answers permission questions with Django's rules over the {@link AuthorizationBackend} chain: an active
 * superuser holds every permission; an inactive user holds none, superusers included; otherwise a permission
 * is held when any backend grants it, unless an earlier backend throws {@link PermissionDenied}. An unknown
 * user or permission is simply not held. Every question reads the user once (one SQL statement).
 *
 * <p>Questions join the caller's transaction, so a check inside a write sees that write's grants, but
 * start none of their own: the one statement is consistent by itself, and a transaction around it cost
 * every guarded request a COMMIT round trip and the JTA bookkeeping (the profile in bench/README.md).
 */
@ApplicationScoped
public class Authorizer implements Authorization {

    private final ModelBackend model;
    private final List<AuthorizationBackend> chain;

    /** {@code @All} lists beans by descending {@code @Priority}, which is the chain's order. */
    Authorizer(ModelBackend model, @All List<AuthorizationBackend> backends) {
        this.model = model;
        this.chain = List.copyOf(backends);
    }

    /** Django's {@code has_perm}; {@code object} is null for a model-level permission. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean hasPerm(UUID userId, String perm, ObjectRef object) {
        return model.load(userId).map(subject -> hasPerm(subject, perm, object)).orElse(false);
    }

    /** True when the user exists and is active: self-service needs nothing more. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean isActive(UUID userId) {
        return model.load(userId).map(Subject::active).orElse(false);
    }

    /** True for an active superuser, the only caller who may hand out what they do not hold. */
    @Transactional(TxType.SUPPORTS)
    public boolean isSuperuser(UUID userId) {
        return model.load(userId).map(subject -> subject.active() && subject.superuser()).orElse(false);
    }

    /** The permissions of {@code perms} the user does not hold, in order; empty when the user is unknown. */
    @Transactional(TxType.SUPPORTS)
    public Optional<List<String>> missing(UUID userId, Collection<String> perms, ObjectRef object) {
        return model.load(userId).map(subject -> perms.stream().filter(p -> !hasPerm(subject, p, object)).toList());
    }

    /**
     * The permissions backends grant the user from {@code source}, sorted; empty when the user is unknown.
     * An active superuser's answer lists their grants and sets {@code holdsAll} instead of listing the whole
     * permission table, which may be large.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<UserPermissions> permissions(UUID userId, PermissionSource source) {
        return model.load(userId).map(subject -> new UserPermissions(userId, source,
                subject.active() && subject.superuser(), List.copyOf(grants(subject, source))));
    }

    /**
     * The model-level permissions every backend grants the user as if they were active, read even while they
     * are not: reactivating a user gives these back, so whoever may reactivate them or set their password must
     * be weighed against them. Empty when the user is unknown. For {@link PrivilegeGuard}, not for checks.
     */
    @Transactional(TxType.SUPPORTS)
    Optional<KeptGrants> keptGrants(UUID userId) {
        return model.loadKeptGrants(userId).map(stored -> {
            Subject asActive = new Subject(stored.id(), true, false, stored.userGrants(), stored.groupGrants());
            Set<String> all = new TreeSet<>();
            chain.forEach(backend -> all.addAll(backend.allPermissions(asActive, null)));
            return new KeptGrants(stored.superuser(), all);
        });
    }

    /** A user's superuser flag, active or not, and the permissions they hold or would hold once reactivated. */
    record KeptGrants(boolean superuser, Set<String> permissions) {}

    boolean hasPerm(Subject subject, String perm, ObjectRef object) {
        if (!subject.active()) {
            return false;
        }
        if (subject.superuser()) {
            return true;
        }
        try {
            return chain.stream().anyMatch(backend -> backend.hasPerm(subject, perm, object));
        } catch (PermissionDenied denied) {
            return false;
        }
    }

    private Set<String> grants(Subject subject, PermissionSource source) {
        Set<String> all = new TreeSet<>();
        if (!subject.active()) {
            return all;
        }
        for (AuthorizationBackend backend : chain) {
            all.addAll(switch (source) {
                case USER -> backend.userPermissions(subject, null);
                case GROUP -> backend.groupPermissions(subject, null);
                case ALL -> backend.allPermissions(subject, null);
            });
        }
        return all;
    }
}

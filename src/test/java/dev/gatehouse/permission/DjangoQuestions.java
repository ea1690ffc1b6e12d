package dev.gatehouse.permission;

import dev.gatehouse.security.ObjectRef;
import dev.gatehouse.user.UserFilter;
import dev.gatehouse.user.UserLookup;
import dev.gatehouse.user.UserPage;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Django's {@code has_perms}, {@code has_module_perms} and {@code with_perm}, and the chain's order: questions
 * no endpoint asks, so they live beside the tests of Django's rules rather than in the service. Each applies the
 * {@link Authorizer}'s rules (superuser, inactive, a denying backend stops the chain).
 */
@ApplicationScoped
class DjangoQuestions {

    private final Authorizer authorizer;
    private final ModelBackend model;
    private final List<AuthorizationBackend> chain;
    private final UserLookup users;

    DjangoQuestions(Authorizer authorizer, ModelBackend model, @All List<AuthorizationBackend> backends,
            UserLookup users) {
        this.authorizer = authorizer;
        this.model = model;
        this.chain = List.copyOf(backends);
        this.users = users;
    }

    /** True when every permission is held. */
    boolean hasPerms(UUID userId, Collection<String> perms, ObjectRef object) {
        return authorizer.missing(userId, perms, object).map(List::isEmpty).orElse(false);
    }

    /** True when the user holds any permission in the app. */
    @Transactional(TxType.SUPPORTS)
    boolean hasModulePerms(UUID userId, String appLabel) {
        return model.load(userId).map(subject -> {
            if (!subject.active()) {
                return false;
            }
            if (subject.superuser()) {
                return true;
            }
            try {
                return chain.stream().anyMatch(backend -> backend.hasModulePerms(subject, appLabel));
            } catch (PermissionDenied denied) {
                return false;
            }
        }).orElse(false);
    }

    /** Active users holding {@code perm} through user or group grants, one page. */
    UserPage usersWithPerm(String perm, boolean includeSuperusers, String cursor, int limit) {
        return users.list(new UserFilter(null, null, List.of(), perm, null, includeSuperusers), cursor, limit);
    }

    /** The backends in the order the Authorizer asks them. */
    List<String> chainOrder() {
        List<String> names = new ArrayList<>();
        chain.forEach(b -> names.add(b.getClass().getSimpleName()));
        return names;
    }
}

package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.PasswordOwner;
import dev.gatehouse.password.PasswordRules;
import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.MergePatch;
import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/** The rules for creating and changing users; every write creates or keeps the user's profile with it. */
@ApplicationScoped
public class UserService {

    /** What a user may change about themselves through {@code PATCH /users/me}. */
    private static final Set<String> OWN_FIELDS = Set.of("first_name", "last_name");

    private final ProfileService profiles;
    private final UserProvisioning provisioning;
    private final PasswordHashers hashers;
    private final PasswordRules passwordRules;
    private final MergePatch mergePatch;
    private final UserLookup lookup;
    private final UsersConfig config;
    private final Event<CredentialsChanged> credentialsChanged;
    private final Event<UserChanged> userChanged;
    private final PrivilegeGuard privileges;

    UserService(ProfileService profiles, UserProvisioning provisioning, PasswordHashers hashers,
            PasswordRules passwordRules, MergePatch mergePatch, UserLookup lookup, UsersConfig config, Event<CredentialsChanged> credentialsChanged,
            Event<UserChanged> userChanged, PrivilegeGuard privileges) {
        this.privileges = privileges;
        this.profiles = profiles;
        this.provisioning = provisioning;
        this.hashers = hashers;
        this.passwordRules = passwordRules;
        this.mergePatch = mergePatch;
        this.lookup = lookup;
        this.config = config;
        this.credentialsChanged = credentialsChanged;
        this.userChanged = userChanged;
    }

    /** Creates one user for {@code callerId}, who must be allowed the flags it carries (403 otherwise). */
    @Transactional
    public UserView create(UUID callerId, CreateUserRequest request) {
        privileges.requireMaySet(callerId, List.of(request.flags()));
        return create(request);
    }

    /**
     * Creates one user and its profile in one transaction; 400 on invalid input, 409 on a taken email. No
     * caller is checked: for self-registration, whose requests carry no account flags.
     */
    @Transactional
    public UserView create(CreateUserRequest request) {
        throwIfInvalid(problems(request, ""));
        rejectTaken(request, "");
        User user = build(request);
        user.persist();
        Panache.getEntityManager().flush();
        userChanged.fire(UserChanged.of(user.id, UserChanged.Change.CREATED));
        return UserView.of(user);
    }

    /** Creates every user with its profile, or none of them. */
    @Transactional
    public List<UserView> createAll(UUID callerId, List<CreateUserRequest> requests) {
        if (requests.size() > config.bulkMax()) {
            throw ProblemException.invalid("users", "must hold at most " + config.bulkMax() + " users");
        }
        privileges.requireMaySet(callerId, requests.stream().map(CreateUserRequest::flags).toList());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            String prefix = "users[" + i + "].";
            errors.addAll(problems(requests.get(i), prefix));
            Integer first = seen.putIfAbsent(Emails.key(requests.get(i).email()), i);
            if (first != null) {
                errors.add(new FieldError(prefix + "email", "repeats the email of users[" + first + "]"));
            }
        }
        throwIfInvalid(errors);
        for (int i = 0; i < requests.size(); i++) {
            rejectTaken(requests.get(i), "users[" + i + "].");
        }
        List<User> users = requests.stream().map(this::build).toList();
        User.persist(users);
        Panache.getEntityManager().flush();
        users.forEach(user -> userChanged.fire(UserChanged.of(user.id, UserChanged.Change.CREATED)));
        return users.stream().map(UserView::of).toList();
    }

    /**
     * Returns the user with this email, creating it if absent. A transaction-scoped advisory lock on
     * the normalized email serializes concurrent calls, so exactly one of them creates the user. The
     * defaults' flags are checked even when the user exists, so the answer does not depend on a race.
     */
    @Transactional
    public GetOrCreateResult getOrCreate(UUID callerId, GetOrCreateRequest request) {
        privileges.requireMaySet(callerId, List.of(request.toCreateRequest().flags()));
        String email = request.email();
        Panache.getEntityManager()
                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as text)")
                .setParameter(1, Emails.key(email))
                .getSingleResult();
        Optional<User> existing = lookup.findByEmail(email);
        if (existing.isPresent()) {
            return new GetOrCreateResult(false, UserView.of(existing.get()));
        }
        return new GetOrCreateResult(true, create(request.toCreateRequest()));
    }

    /**
     * Applies a JSON merge patch to the user's own fields for {@code callerId}, who holds auth.change_user;
     * only a superuser may change a superuser or make one, and only a caller holding every permission of the
     * user may change its email or active flag (either hands the account over). Empty when there is no such user.
     */
    @Transactional
    public Optional<UserView> patch(UUID callerId, UUID id, JsonNode patch) {
        return applyPatch(id, patch, (user, changes) -> {
            privileges.requireMayChange(callerId, user.superuser, changes.isSuperuser());
            if (!Objects.equals(user.email, changes.email()) || user.active != changes.isActive()) {
                privileges.requireMayChangeCredentials(callerId, user.id);
            }
        });
    }

    /** Self-service: the caller changes their own names; any other field is refused with a 403 naming it. */
    @Transactional
    public Optional<UserView> patchOwnNames(UUID callerId, JsonNode patch) {
        MergePatch.requireObject(patch);
        List<FieldError> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (!OWN_FIELDS.contains(field)) {
                refused.add(new FieldError(field, "may not be changed through /users/me"));
            }
        });
        if (!refused.isEmpty()) {
            throw ProblemException.forbidden("You may change only first_name and last_name of your own user.", refused);
        }
        return applyPatch(callerId, patch, (user, changes) -> { });
    }

    private Optional<UserView> applyPatch(UUID id, JsonNode patch, BiConsumer<User, UserChanges> allowed) {
        MergePatch.requireObject(patch);
        return lookup.findWithProfile(id).map(user -> {
            UserChanges changes = mergePatch.apply(UserChanges.of(user), patch, UserChanges.class);
            allowed.accept(user, changes);
            String email = changes.email();
            if (!Emails.key(email).equals(Emails.key(user.email)) && lookup.emailTaken(email)) {
                throw ProblemException.conflict("email", "A user with this email already exists.");
            }
            boolean deactivated = user.active && !changes.isActive();
            List<String> fields = UserChanges.of(user).differences(changes);
            apply(user, changes, email);
            Panache.getEntityManager().flush();
            if (!fields.isEmpty()) {
                userChanged.fire(new UserChanged(user.id, UserChanged.Change.UPDATED, fields));
            }
            if (deactivated) {
                credentialsChanged.fire(new CredentialsChanged(user.id));
            }
            return UserView.of(user);
        });
    }

    /**
     * Deletes a user for {@code callerId}; a superuser is deleted only by a superuser (403 otherwise). The
     * profile goes with it (ON DELETE CASCADE). False when there was no such user.
     */
    @Transactional
    public boolean delete(UUID callerId, UUID id) {
        privileges.requireMayChange(callerId, id);
        boolean deleted = User.delete("id", id) > 0;
        if (deleted) {
            userChanged.fire(UserChanged.of(id, UserChanged.Change.DELETED));
        }
        return deleted;
    }

    private List<FieldError> problems(CreateUserRequest request, String prefix) {
        List<FieldError> errors = new ArrayList<>(profiles.problems(request.profile(), prefix + "profile", true));
        if (request.password() != null) {
            PasswordOwner owner = new PasswordOwner(
                    request.email(), request.username(), request.firstName(), request.lastName());
            passwordRules.violations(request.password(), owner).stream()
                    .map(message -> new FieldError(prefix + "password", message))
                    .forEach(errors::add);
        }
        return errors;
    }

    private void rejectTaken(CreateUserRequest request, String prefix) {
        if (lookup.emailTaken(request.email())) {
            throw ProblemException.conflict(prefix + "email", "A user with this email already exists.");
        }
        if (request.username() != null && lookup.usernameTaken(request.username())) {
            throw ProblemException.conflict(prefix + "username", "A user with this username already exists.");
        }
    }

    private User build(CreateUserRequest request) {
        User user = provisioning.newUser("api", request.email(), request.profile());
        user.username = request.username();
        user.firstName = orEmpty(request.firstName());
        user.lastName = orEmpty(request.lastName());
        user.active = request.isActive() == null || request.isActive();
        user.staff = Boolean.TRUE.equals(request.isStaff());
        user.superuser = Boolean.TRUE.equals(request.isSuperuser());
        if (request.password() != null) {
            user.password = hashers.encode(request.password());
        }
        return user;
    }

    private static void apply(User user, UserChanges changes, String email) {
        if (!Emails.key(email).equals(Emails.key(user.email))) {
            user.emailVerified = false; // the proof was for the old address
        }
        user.email = email;
        user.username = changes.username();
        user.firstName = orEmpty(changes.firstName());
        user.lastName = orEmpty(changes.lastName());
        user.active = changes.isActive();
        user.staff = changes.isStaff();
        user.superuser = changes.isSuperuser();
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.PasswordOwner;
import dev.gatehouse.password.PasswordRules;
import dev.gatehouse.profile.ProfileService;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rules for creating and changing users; every write creates or keeps the user's profile with it. */
@ApplicationScoped
public class UserService {

    private final ProfileService profiles;
    private final PasswordHashers hashers;
    private final PasswordRules passwordRules;
    private final MergePatch mergePatch;
    private final UserLookup lookup;
    private final UsersConfig config;
    private final Event<CredentialsChanged> credentialsChanged;

    UserService(ProfileService profiles, PasswordHashers hashers, PasswordRules passwordRules, MergePatch mergePatch,
            UserLookup lookup, UsersConfig config, Event<CredentialsChanged> credentialsChanged) {
        this.profiles = profiles;
        this.hashers = hashers;
        this.passwordRules = passwordRules;
        this.mergePatch = mergePatch;
        this.lookup = lookup;
        this.config = config;
        this.credentialsChanged = credentialsChanged;
    }

    /** Creates one user and its profile in one transaction; 400 on invalid input, 409 on a taken email. */
    @Transactional
    public UserView create(CreateUserRequest request) {
        throwIfInvalid(problems(request, ""));
        rejectTaken(request, "");
        User user = build(request);
        user.persist();
        Panache.getEntityManager().flush();
        return UserView.of(user);
    }

    /** Creates every user with its profile, or none of them. */
    @Transactional
    public List<UserView> createAll(List<CreateUserRequest> requests) {
        if (requests.size() > config.bulkMax()) {
            throw ProblemException.invalid("users", "must hold at most " + config.bulkMax() + " users");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            String prefix = "users[" + i + "].";
            errors.addAll(problems(requests.get(i), prefix));
            Integer first = seen.putIfAbsent(emailKey(requests.get(i).email()), i);
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
        return users.stream().map(UserView::of).toList();
    }

    /**
     * Returns the user with this email, creating it if absent. A transaction-scoped advisory lock on
     * the normalized email serializes concurrent calls, so exactly one of them creates the user.
     */
    @Transactional
    public GetOrCreateResult getOrCreate(GetOrCreateRequest request) {
        String email = request.email();
        Panache.getEntityManager()
                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as text)")
                .setParameter(1, emailKey(email))
                .getSingleResult();
        Optional<User> existing = lookup.findByEmail(email);
        if (existing.isPresent()) {
            return new GetOrCreateResult(false, UserView.of(existing.get()));
        }
        return new GetOrCreateResult(true, create(request.toCreateRequest()));
    }

    /** Applies a JSON merge patch to the user's own fields; empty when there is no such user. */
    @Transactional
    public Optional<UserView> patch(UUID id, JsonNode patch) {
        MergePatch.requireObject(patch);
        return lookup.findWithProfile(id).map(user -> {
            UserChanges changes = mergePatch.apply(UserChanges.of(user), patch, UserChanges.class);
            String email = changes.email();
            if (!emailKey(email).equals(emailKey(user.email)) && lookup.emailTaken(email)) {
                throw ProblemException.conflict("email", "A user with this email already exists.");
            }
            boolean deactivated = user.active && !changes.isActive();
            apply(user, changes, email);
            Panache.getEntityManager().flush();
            if (deactivated) {
                credentialsChanged.fire(new CredentialsChanged(user.id));
            }
            return UserView.of(user);
        });
    }

    /** Deletes the user; its profile goes with it (ON DELETE CASCADE). False when there was none. */
    @Transactional
    public boolean delete(UUID id) {
        return User.delete("id", id) > 0;
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
        User user = new User();
        user.email = request.email();
        user.username = request.username();
        user.firstName = orEmpty(request.firstName());
        user.lastName = orEmpty(request.lastName());
        user.active = request.isActive() == null || request.isActive();
        user.staff = Boolean.TRUE.equals(request.isStaff());
        user.superuser = Boolean.TRUE.equals(request.isSuperuser());
        user.password = request.password() == null ? PasswordHashers.unusable() : hashers.encode(request.password());
        user.attach(profiles.newProfile(request.profile()));
        return user;
    }

    private static void apply(User user, UserChanges changes, String email) {
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

    static String emailKey(String email) {
        return Emails.normalize(email).toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

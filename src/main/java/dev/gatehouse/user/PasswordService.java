package dev.gatehouse.user;

import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.password.PasswordOwner;
import dev.gatehouse.password.PasswordRules;
import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Password changes: by the user (old password required) or by an admin; each one ends the user's sessions. */
@ApplicationScoped
public class PasswordService {

    private final PasswordHashers hashers;
    private final PasswordRules rules;
    private final Event<CredentialsChanged> changed;
    private final Event<UserChanged> userChanged;
    private final PasswordCheckLimit throttle;

    PasswordService(PasswordHashers hashers, PasswordRules rules, Event<CredentialsChanged> changed,
            Event<UserChanged> userChanged, PasswordCheckLimit throttle) {
        this.hashers = hashers;
        this.rules = rules;
        this.changed = changed;
        this.userChanged = userChanged;
        this.throttle = throttle;
    }

    /**
     * Django's PasswordChangeForm: the old password must verify, the new one must pass every rule. The
     * old-password check is throttled like a login of the user's email (a stolen access token must not
     * become an unlimited password oracle).
     *
     * @throws dev.gatehouse.web.ProblemException 429 with Retry-After while the account or address is locked
     */
    @Transactional
    public void change(UUID userId, PasswordChange request, String clientIp) {
        User user = find(userId);
        if (!throttle.checkPassword(user, clientIp, () -> hashers.verify(request.oldPassword(), user.password))) {
            throw ProblemException.invalid("old_password", "is not the current password");
        }
        set(user, request.newPassword(), "new_password");
        userChanged.fire(UserChanged.of(userId, UserChanged.Change.PASSWORD_CHANGED));
    }

    /** An admin sets the password; the same rules apply. False when there is no such user. */
    @Transactional
    public boolean set(UUID userId, String password) {
        return User.<User>findByIdOptional(userId).map(user -> {
            set(user, password, "password");
            userChanged.fire(UserChanged.of(userId, UserChanged.Change.PASSWORD_SET));
            return true;
        }).orElse(false);
    }

    /**
     * The password rules' messages for {@code password} as {@code user}'s new password, the validation every
     * password change here runs; empty when it may be set.
     */
    public List<String> violations(User user, String password) {
        return rules.violations(password, new PasswordOwner(user.email, user.username, user.firstName, user.lastName));
    }

    /**
     * Sets the password the user chose through a mailed reset link, in the caller's transaction (the link is
     * used up in the same one), and ends every session of the user as any other password change does.
     *
     * @throws ProblemException 400 when the password breaks a rule ({@link #violations} says which)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reset(User user, String password) {
        set(user, password, "password");
    }

    /** Makes the password unusable (the user then logs in only through another backend). */
    @Transactional
    public boolean makeUnusable(UUID userId) {
        return User.<User>findByIdOptional(userId).map(user -> {
            user.password = PasswordHashers.unusable();
            changed.fire(new CredentialsChanged(user.id));
            userChanged.fire(UserChanged.of(userId, UserChanged.Change.PASSWORD_UNUSABLE));
            return true;
        }).orElse(false);
    }

    private void set(User user, String password, String field) {
        List<FieldError> errors = violations(user, password).stream().map(message -> new FieldError(field, message)).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        user.password = hashers.encode(password);
        changed.fire(new CredentialsChanged(user.id));
    }

    private static User find(UUID userId) {
        return User.<User>findByIdOptional(userId)
                .orElseThrow(() -> ProblemException.noSuchUser(userId));
    }
}

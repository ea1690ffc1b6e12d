package dev.gatehouse.user;

import dev.gatehouse.password.PasswordHashers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * Where every user is created: by the API ({@link UserService}), the Django import, a backend that
 * provisions its accounts (settings, LDAP) and a client's service account. A new user names who
 * created it ({@code provisioned_by}), has a profile, and no usable password until a caller sets a hash.
 */
@ApplicationScoped
public class UserProvisioning {

    private final ProfileService profiles;

    UserProvisioning(ProfileService profiles) {
        this.profiles = profiles;
    }

    /**
     * A new user, not yet persisted (bulk creation and the import persist a batch at once). The email is
     * taken as given: callers have normalized it.
     */
    public User newUser(String provisionedBy, String email, ProfileFields profile) {
        User user = new User();
        user.provisionedBy = provisionedBy;
        user.email = email;
        user.password = PasswordHashers.unusable();
        user.attach(profiles.newProfile(profile));
        return user;
    }

    /**
     * Creates and persists a user of a backend or a client with an empty profile (the required profile
     * fields are for API sign-ups; a provisioned profile starts with what the source has); {@code fields}
     * sets the rest before it is saved.
     */
    public User provision(String provisionedBy, String email, Consumer<User> fields) {
        User user = newUser(provisionedBy, email, null);
        fields.accept(user);
        user.persist();
        return user;
    }
}

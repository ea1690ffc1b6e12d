package dev.gatehouse.auth.backend;

import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.ProfileService;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * The example from docs/backends.md "Authentication backends": an external directory (here a map; in real life an HTTP or LDAP
 * service) that owns the identities of one email domain. Its users are created locally on their first
 * login with an unusable password, like Django's {@code SettingsBackend}.
 */
@ApplicationScoped
@Priority(200)
public class ExampleDirectoryBackend implements AuthenticationBackend {

    public static final String DOMAIN = "@directory.test";
    /** Stands in for the directory: email to password hash (of "directory-password"). */
    private final Map<String, String> directory;
    private final PasswordHashers hashers;
    private final UserLookup users;
    private final ProfileService profiles;

    ExampleDirectoryBackend(PasswordHashers hashers, UserLookup users, ProfileService profiles) {
        this.hashers = hashers;
        this.users = users;
        this.profiles = profiles;
        this.directory = Map.of("ada" + DOMAIN, hashers.encode("directory-password"));
    }

    @Override
    public String name() {
        return "example";
    }

    @Override
    @Transactional
    public Optional<User> authenticate(Credentials credentials) {
        if (!credentials.identifier().endsWith(DOMAIN)) {
            return Optional.empty(); // not mine: ask the next backend
        }
        String hash = directory.get(credentials.identifier());
        if (hash == null || !credentials.verify(hashers, hash)) {
            throw new AuthenticationDenied("not in the directory or wrong password"); // the domain is ours: stop
        }
        return Optional.of(users.findByEmail(credentials.identifier()).orElseGet(() -> provision(credentials.identifier())));
    }

    private User provision(String email) {
        User user = new User();
        user.email = email;
        user.password = PasswordHashers.unusable();
        user.provisionedBy = name();
        user.attach(profiles.newProfile(null));
        user.persist();
        return user;
    }
}

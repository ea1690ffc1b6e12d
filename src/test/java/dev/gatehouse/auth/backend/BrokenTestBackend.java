package dev.gatehouse.auth.backend;

import dev.gatehouse.user.User;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A backend that is "down" for identifiers of one domain, as an unreachable LDAP server would be. */
@ApplicationScoped
@Priority(300)
public class BrokenTestBackend implements AuthenticationBackend {

    public static final String DOMAIN = "@down.test";

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public Optional<User> authenticate(Credentials credentials) {
        if (credentials.identifier().endsWith(DOMAIN)) {
            throw new BackendUnavailable("connection refused (password was " + credentials.password() + ")", null);
        }
        return Optional.empty();
    }
}

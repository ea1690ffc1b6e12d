package dev.gatehouse.user;

import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Self sign-up, when enabled; validation and the profile rules are those of {@code POST /users}. */
@ApplicationScoped
public class Registration {

    private final UserService users;
    private final RegistrationConfig config;

    Registration(UserService users, RegistrationConfig config) {
        this.users = users;
        this.config = config;
    }

    /** @throws ProblemException 404 when registration is off, as if the endpoint did not exist */
    public UserView register(RegistrationRequest request) {
        if (!config.enabled()) {
            throw ProblemException.notFound("Registration is not enabled.");
        }
        return users.create(request.toCreateRequest());
    }
}

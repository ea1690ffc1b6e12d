package dev.gatehouse.auth.backend.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** What a person may type as their login, and whether an unverified email may log in at all. */
@ConfigMapping(prefix = "gatehouse.login")
public interface LoginConfig {

    /** {@code email}, or {@code email,username} to accept usernames too. */
    @WithDefault("email")
    List<String> identifiers();

    /**
     * When true, a user whose email is not verified cannot log in, by any backend, at the token endpoint or
     * the login page; the failure looks like every other failed login (auth/LoginService).
     */
    @WithDefault("false")
    boolean requireVerifiedEmail();
}

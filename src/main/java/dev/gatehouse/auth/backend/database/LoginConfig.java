package dev.gatehouse.auth.backend.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** What a person may type as their login with the database backend. */
@ConfigMapping(prefix = "gatehouse.login")
public interface LoginConfig {

    /** {@code email}, or {@code email,username} to accept usernames too. */
    @WithDefault("email")
    List<String> identifiers();
}

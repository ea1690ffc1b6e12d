package dev.gatehouse.auth.backend.settings;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** One operator account configured by settings; the backend is inert while {@code login} is unset. */
@ConfigMapping(prefix = "gatehouse.backends.settings")
public interface SettingsConfig {

    /** The operator's email. */
    Optional<String> login();

    /** A password hash in the stored format (e.g. {@code pbkdf2_sha256$...}), never plain text. */
    Optional<String> password();
}

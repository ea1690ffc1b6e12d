package dev.gatehouse.auth;

import dev.gatehouse.auth.backend.settings.SettingsConfig;
import dev.gatehouse.password.PasswordHashers;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses to start a production instance with secrets that ship with the source code: the dev or test
 * admin password (anyone who has read application.properties can log in as superuser with it) or a
 * signing key packaged inside the application ({@code classpath:}), which anyone with the image can
 * use to mint tokens. The missing-key case is {@link SigningKeys}' refusal.
 */
@Startup
@ApplicationScoped
public class PublicSecretsGuard {

    /** The passwords behind the {@code %dev} and {@code %test} settings-backend hashes. */
    static final List<String> PUBLISHED_PASSWORDS = List.of("gatehouse-dev-admin", "test-admin-password");

    PublicSecretsGuard(SettingsConfig settings, TokenConfig tokens, PasswordHashers hashers) {
        if (LaunchMode.current().isDevOrTest()) {
            return;
        }
        refusal(settings.password(), tokens.signingKeyLocation(), isPublished(hashers)).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why a production start must fail, or empty when these settings are fit for production. */
    static Optional<String> refusal(Optional<String> adminHash, Optional<String> keyLocation,
            Predicate<String> isPublishedPasswordHash) {
        if (adminHash.isPresent() && isPublishedPasswordHash.test(adminHash.get())) {
            return Optional.of("gatehouse.backends.settings.password is the hash of a published dev/test password; "
                    + "set the hash of a secret one");
        }
        if (keyLocation.isPresent() && keyLocation.get().startsWith("classpath:")) {
            return Optional.of("gatehouse.token.signing-key-location points inside the application (classpath:); "
                    + "mount the production key from a secret instead");
        }
        return Optional.empty();
    }

    /** True when the hash verifies one of the published passwords, whatever its algorithm or salt. */
    static Predicate<String> isPublished(PasswordHashers hashers) {
        return hash -> PUBLISHED_PASSWORDS.stream().anyMatch(password -> hashers.verify(password, hash));
    }
}

package dev.gatehouse.auth;

import dev.gatehouse.auth.backend.settings.PublishedPasswords;
import dev.gatehouse.auth.backend.settings.SettingsConfig;
import dev.gatehouse.auth.key.KeysConfig;
import dev.gatehouse.auth.key.SigningKeys;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses to start a production instance with secrets that ship with the source code: the dev or test
 * admin password (anyone who has read application.properties can log in as superuser with it) or a
 * signing key packaged inside the application ({@code classpath:}), which anyone with the image can
 * use to mint tokens. The missing-key case is {@link SigningKeys}' refusal.
 *
 * <p>The admin hash is compared with the shipped ones as text, not by hashing the published passwords
 * with its parameters: that cost two full password hashes on a cold JIT, 0.5-0.7 s of every start with a
 * 100,000-iteration hash and several seconds with Django's default (bench/README.md). A fresh hash of a
 * published password is refused at its first login by the settings backend.
 */
@Startup
@ApplicationScoped
public class PublicSecretsGuard {

    PublicSecretsGuard(SettingsConfig settings, KeysConfig keys) {
        if (LaunchMode.current().isDevOrTest()) {
            return;
        }
        refusal(settings.password(), keys.signingKeyLocation(), PublishedPasswords::isShippedHash).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why a production start must fail, or empty when these settings are fit for production. */
    static Optional<String> refusal(Optional<String> adminHash, Optional<String> keyLocation,
            Predicate<String> isPublishedPasswordHash) {
        if (adminHash.isPresent() && isPublishedPasswordHash.test(adminHash.get())) {
            return Optional.of("gatehouse.backends.settings.password is the published dev/test hash; "
                    + "set the hash of a secret one");
        }
        if (keyLocation.isPresent() && keyLocation.get().startsWith("classpath:")) {
            return Optional.of("gatehouse.token.signing-key-location points inside the application (classpath:); "
                    + "mount the production key from a secret instead");
        }
        return Optional.empty();
    }
}

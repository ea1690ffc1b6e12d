package dev.gatehouse.auth.backend.settings;

import dev.gatehouse.auth.backend.AuthenticationBackend;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.user.UserProvisioning;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserLookup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Django's {@code SettingsBackend}: one operator login and password hash from configuration, so a
 * fresh install has a working admin. The first login creates that user as an active superuser with an
 * unusable password (only the configured hash is ever checked); later logins reuse it.
 */
@ApplicationScoped
@Priority(100)
public class SettingsBackend implements AuthenticationBackend {

    public static final String NAME = "settings";
    private static final Logger LOG = Logger.getLogger(SettingsBackend.class);

    private final SettingsConfig config;
    private final PasswordHashers hashers;
    private final UserLookup lookup;
    private final UserProvisioning provisioning;
    private final boolean refusePublished;

    @Inject
    SettingsBackend(SettingsConfig config, PasswordHashers hashers, UserLookup lookup, UserProvisioning provisioning) {
        this(config, hashers, lookup, provisioning, !LaunchMode.current().isDevOrTest());
    }

    /** {@code refusePublished}: refuse the published dev/test passwords, as production must. */
    SettingsBackend(SettingsConfig config, PasswordHashers hashers, UserLookup lookup, UserProvisioning provisioning,
            boolean refusePublished) {
        this.refusePublished = refusePublished;
        this.config = config;
        this.hashers = hashers;
        this.lookup = lookup;
        this.provisioning = provisioning;
        if (config.login().isPresent() && config.password().isEmpty()) {
            throw new IllegalStateException("gatehouse.backends.settings.login is set but .password (a hash) is not");
        }
        // checked at boot like an imported hash, so a configured hash past gatehouse.password.limits never runs
        config.password().flatMap(hashers::problem).ifPresent(problem -> {
            throw new IllegalStateException("gatehouse.backends.settings.password: " + problem);
        });
        if (config.password().isPresent() && hashers.mustUpdate(config.password().get())) {
            // a cheaper or dearer hash than the default makes a wrong operator password time differently
            // from every other failed login, which singles out the operator login to anyone timing answers
            LOG.warn("gatehouse.backends.settings.password is not a hash of the default algorithm and cost "
                    + "(gatehouse.password.*); re-hash it so its logins time like all others");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Hashes outside any transaction, so no pooled connection waits on the hash; the user is then read or made. */
    @Override
    public Optional<User> authenticate(Credentials credentials) {
        if (config.login().isEmpty() || !sameLogin(config.login().get(), credentials.identifier())) {
            return Optional.empty();
        }
        if (!credentials.verify(hashers, config.password().get())) {
            return Optional.empty();
        }
        if (refusePublished && PublishedPasswords.isOne(credentials.password())) {
            LOG.error("Refused the settings backend's operator login: its password is a published dev/test one; "
                    + "set gatehouse.backends.settings.password to the hash of a secret password");
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(this::operator);
    }

    private Optional<User> operator() {
        return Optional.of(lookup.findByEmail(config.login().get()).orElseGet(this::provision));
    }

    /** Records the operator's login, once the chain has admitted the account (an inactive one it refuses). */
    @Override
    public void loggedIn(User user, Credentials credentials) {
        user.lastLogin = OffsetDateTime.now();
        QuarkusTransaction.joiningExisting().run(() -> User.update("lastLogin = ?1 where id = ?2", user.lastLogin, user.id));
    }

    private User provision() {
        return provisioning.provision(NAME, Emails.normalize(config.login().get()), user -> {
            user.staff = true;
            user.superuser = true;
            user.emailVerified = true; // the operator wrote this login into the configuration
        });
    }

    /** Constant-time, so response timing does not reveal how much of the operator login was guessed. */
    private static boolean sameLogin(String configured, String given) {
        return MessageDigest.isEqual(key(configured), key(given));
    }

    private static byte[] key(String email) {
        return Emails.key(email).getBytes(StandardCharsets.UTF_8);
    }
}

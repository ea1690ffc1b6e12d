package dev.gatehouse.auth.backend;

import dev.gatehouse.password.PasswordHashers;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/** Builds the one {@link AuthenticationChain} at start-up, so a misconfigured backend list fails the boot. */
@ApplicationScoped
class AuthenticationChainProducer {

    private static final Logger LOG = Logger.getLogger(AuthenticationChainProducer.class);

    /** ArC sorts {@code @All} lists by {@code @Priority}, highest first. */
    @Produces
    @Singleton
    @Startup
    AuthenticationChain chain(@All List<AuthenticationBackend> backends, AuthConfig config, PasswordHashers hashers) {
        AuthenticationChain chain = new AuthenticationChain(AuthenticationChain.select(backends, config.backends()),
                hashers::runDefaultHasher);
        LOG.infof("Authentication backends, in order: %s", chain.names());
        return chain;
    }
}

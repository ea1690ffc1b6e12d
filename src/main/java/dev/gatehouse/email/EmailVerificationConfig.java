package dev.gatehouse.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The mailed verification links: how long one works and how often a user may ask for one. */
@ConfigMapping(prefix = "gatehouse.email-verification")
public interface EmailVerificationConfig {

    /** A link older than this verifies nothing. */
    @WithDefault("24h")
    Duration lifetime();

    /** A user gets at most one verification mail per this interval, so the endpoint cannot be used to spam. */
    @WithDefault("5m")
    Duration resendInterval();
}

package dev.gatehouse.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login sessions of the hosted login page: how long they last and how their cookie is sent. */
@ConfigMapping(prefix = "gatehouse.session")
public interface SessionConfig {

    /** A session not used for this long ends (a use is a login through it or a refresh of its tokens). */
    @WithDefault("30m")
    Duration idleTimeout();

    /** A session ends this long after its login, however often it is used. */
    @WithDefault("10h")
    Duration maxLifetime();

    /**
     * Send the cookie {@code Secure} with the {@code __Host-} prefix. Only dev over plain http turns it off
     * (then the cookie is named without the prefix, which requires Secure).
     */
    @WithDefault("true")
    boolean secureCookie();
}

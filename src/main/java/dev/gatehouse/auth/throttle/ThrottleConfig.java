package dev.gatehouse.auth.throttle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Brute-force protection of the password grant, with Keycloak's defaults for accounts and a looser,
 * shorter limit for client addresses (many people may share one address behind a NAT).
 */
@ConfigMapping(prefix = "gatehouse.throttle")
public interface ThrottleConfig {

    /** Off only for load tests: without it, online password guessing is unbounded. */
    @WithDefault("true")
    boolean enabled();

    /** Failures of one account (login identifier) before it is locked. */
    @WithDefault("30")
    int maxFailures();

    /** Lock time per failure at or beyond {@link #maxFailures()}: 60 s, then 120 s, ... */
    @WithDefault("60s")
    Duration waitIncrement();

    /** Longest lock, however many failures. */
    @WithDefault("15m")
    Duration maxWait();

    /** A quiet period after which the failure count starts again from zero. */
    @WithDefault("12h")
    Duration failureReset();

    /** The limit per client address. */
    Ip ip();

    interface Ip {
        @WithDefault("100")
        int maxFailures();

        @WithDefault("10s")
        Duration waitIncrement();

        @WithDefault("5m")
        Duration maxWait();

        @WithDefault("1h")
        Duration failureReset();
    }
}

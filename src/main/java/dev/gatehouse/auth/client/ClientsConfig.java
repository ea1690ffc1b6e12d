package dev.gatehouse.auth.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Clients that log people in: what their URIs may be, and the {@code gatehouse-web} client set by configuration. */
@ConfigMapping(prefix = "gatehouse.clients")
public interface ClientsConfig {

    /**
     * Accept {@code http} redirect URIs and origins for any host, not only loopback ones. Plain http
     * exposes codes and tokens on the network (RFC 9700 §2.6), so only the dev profile turns it on.
     */
    @WithDefault("false")
    boolean allowHttpRedirects();

    /**
     * How long an instance keeps the set of allowed CORS origins: a change made through this instance
     * applies at once, one made through another instance within this time.
     */
    @WithDefault("30s")
    Duration originsCacheTtl();

    /** The {@code gatehouse-web} client (the SPA), applied to its row at start-up. */
    Web web();

    /** Each key, when set, replaces the value on the {@code gatehouse-web} row at start-up; unset keys leave it. */
    interface Web {
        Optional<List<String>> redirectUris();

        Optional<List<String>> postLogoutRedirectUris();

        Optional<List<String>> allowedOrigins();

        /** Whether the SPA may use the legacy password grant (RFC 9700 §2.4 says it must not). */
        Optional<Boolean> passwordGrant();
    }
}

package dev.gatehouse.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Token issuance: who signs, for whom and for how long; the signing keys are {@code auth.key.KeysConfig}'s. */
@ConfigMapping(prefix = "gatehouse.token")
public interface TokenConfig {

    /** The {@code iss} claim and the base URL of the discovery document's endpoints. */
    @WithDefault("http://localhost:8080")
    String issuer();

    /** The {@code aud} claim; verifiers pin it. */
    @WithDefault("gatehouse")
    String audience();

    /** Access-token lifetime. */
    @WithDefault("10m")
    Duration accessLifetime();

    /** Refresh-token lifetime, counted from each rotation (never past {@link #refreshMaxLifetime()}). */
    @WithDefault("P14D")
    Duration refreshLifetime();

    /** Absolute lifetime of a refresh-token family (one login), counted from the login; rotation never extends it. */
    @WithDefault("P30D")
    Duration refreshMaxLifetime();

    /** Most group names in the {@code groups} claim; past it the claim is cut and {@code groups_truncated} set. */
    @WithDefault("50")
    int maxGroups();

    /** Scopes a client may request; a request without {@code scope} gets all of them. */
    @WithDefault("openid,profile,email")
    List<String> scopes();

    /**
     * Most verified access tokens remembered, so a repeat caller skips signature verification; each
     * entry goes when its token expires. 0 verifies every request afresh.
     */
    @WithDefault("1024")
    long verifiedCacheSize();
}

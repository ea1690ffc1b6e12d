package dev.gatehouse.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on user requests, so no single request can load or write an unbounded number of rows. */
@ConfigMapping(prefix = "gatehouse.users")
public interface UsersConfig {

    /** Most users in one {@code POST /users/bulk}. */
    @WithDefault("1000")
    int bulkMax();

    /** Most {@code id} values in one batch look-up. */
    @WithDefault("100")
    int batchLookupMax();

    /** Largest page size for {@code GET /users}. */
    @WithDefault("200")
    int pageMax();

    /** Longest an all-or-nothing import may hold its one transaction (a million users take minutes). */
    @WithDefault("1800")
    int importTimeoutSeconds();
}

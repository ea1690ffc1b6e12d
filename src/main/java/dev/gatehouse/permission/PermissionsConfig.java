package dev.gatehouse.permission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on permission and group requests, so no request loads or writes an unbounded number of rows. */
@ConfigMapping(prefix = "gatehouse.permissions")
public interface PermissionsConfig {

    /** Largest page size for {@code GET /permissions} and {@code GET /groups}. */
    @WithDefault("200")
    int pageMax();

    /** Most permissions one group may hold, so reading a group stays bounded. */
    @WithDefault("1000")
    int groupPermissionsMax();

    /** Most permissions in one {@code POST /permissions/check}. */
    @WithDefault("100")
    int checkMax();
}

package dev.gatehouse.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long audit events are kept and how they are paged. */
@ConfigMapping(prefix = "gatehouse.audit")
public interface AuditConfig {

    /** Events older than this are deleted. */
    @WithDefault("P90D")
    Duration retention();

    /**
     * Each instance deletes expired events once per this many events it records, so retention needs
     * no scheduler thread; with several instances the purge simply runs more often.
     */
    @WithDefault("1000")
    int purgeEvery();

    /** Largest {@code limit} of {@code GET /audit-events}. */
    @WithDefault("200")
    int pageMax();
}

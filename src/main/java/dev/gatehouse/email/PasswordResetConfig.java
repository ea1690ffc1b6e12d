package dev.gatehouse.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The mailed password reset links and the limits on asking for them. */
@ConfigMapping(prefix = "gatehouse.password-reset")
public interface PasswordResetConfig {

    /** A link older than this resets nothing. */
    @WithDefault("30m")
    Duration lifetime();

    /**
     * At most this many requests for one email per {@code window}; past it the answer stays the same 202 but no
     * mail goes out, so the endpoint can neither flood a mailbox nor tell which emails exist.
     */
    @WithDefault("3")
    int maxPerAccount();

    /** At most this many requests from one client address (an IPv6 /64) per {@code window}; past it 429. */
    @WithDefault("20")
    int maxPerAddress();

    /** The sliding window both limits count in. */
    @WithDefault("1h")
    Duration window();
}

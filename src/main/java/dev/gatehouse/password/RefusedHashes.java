package dev.gatehouse.password;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Logs a stored hash that was refused at login once per hash, not once per login: whoever planted it
 * can send logins at it all day, and the log must stay readable. Remembers a SHA-256 of each hash, never
 * the hash, in a bounded cache, so a flood of distinct bad hashes costs at most {@value #REMEMBERED} entries.
 */
final class RefusedHashes {

    private static final Logger LOG = Logger.getLogger(PasswordHashers.class);
    static final int REMEMBERED = 10_000;

    private final Cache<String, Boolean> logged = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /** Logs {@code reason} (which names the algorithm and parameter, never the hash) unless this hash was logged before. */
    void logOnce(String encoded, String reason) {
        if (logged.asMap().putIfAbsent(fingerprint(encoded), Boolean.TRUE) == null) {
            LOG.warnf("A stored password hash was refused, so logins to its account fail until it gets a new password: %s",
                    reason);
        }
    }

    private static String fingerprint(String encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

package dev.gatehouse.auth.throttle;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The client's address for throttling and the audit trail: the socket's, or a trusted proxy's header. */
@ApplicationScoped
public class ClientAddress {

    /** Longer values are cut: a hostile header must not become a huge key or audit column. */
    static final int MAX_LENGTH = 64;

    private final Optional<String> header;

    ClientAddress(ThrottleConfig config) {
        this.header = config.clientIpHeader().filter(h -> !h.isBlank());
    }

    /** Null when unknown. */
    public String of(HttpServerRequest http) {
        String forwarded = header.map(http::getHeader).orElse(null);
        if (forwarded != null && !forwarded.isBlank()) {
            return cut(lastEntry(forwarded));
        }
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    /** The entry the nearest (trusted) proxy appended; earlier entries are whatever the client claimed. */
    static String lastEntry(String forwarded) {
        String[] entries = forwarded.split(",");
        return entries[entries.length - 1].strip();
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}

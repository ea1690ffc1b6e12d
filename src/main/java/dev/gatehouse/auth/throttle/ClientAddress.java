package dev.gatehouse.auth.throttle;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.Config;

/**
 * The client's address for throttling and the audit trail: the socket's, or the one a trusted proxy
 * reported. Quarkus' forwarded-header support ({@code quarkus.http.proxy.*}) replaces the request's
 * remote address only when the peer is one of {@code quarkus.http.proxy.trusted-proxies}, so a header
 * sent by anyone else never picks the address a throttle counts.
 */
@ApplicationScoped
public class ClientAddress {

    /** Longer values are cut: a hostile value must not become a huge key or audit column. */
    static final int MAX_LENGTH = 64;

    /**
     * Quarkus trusts every peer when forwarding is on and no trusted proxy is named; then any client could
     * pick a fresh address per attempt, so that configuration stops the start instead.
     */
    void requireTrustedProxies(@Observes StartupEvent start, Config config) {
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false);
        if (forwarding && config.getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class).isEmpty()) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on without "
                    + "quarkus.http.proxy.trusted-proxies: name the proxies whose forwarded headers count");
        }
    }

    /** Null when unknown. */
    public String of(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        String address = remote == null ? null : remote.hostAddress();
        return address == null ? null : cut(address);
    }

    /**
     * The network a throttle counts: an IPv4 address itself, an IPv6 address's /64. One subscriber is
     * usually given a whole /64, so counting single IPv6 addresses would hand an attacker 2^64 fresh ones.
     */
    public static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal with a ':' is parsed as IPv6, never looked up in DNS
            InetAddress parsed = InetAddress.getByName(address.replace("[", "").replace("]", "").replaceFirst("%.*$", ""));
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address is that IPv4 address
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}

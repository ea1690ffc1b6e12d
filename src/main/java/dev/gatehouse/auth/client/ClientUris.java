package dev.gatehouse.auth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a client's redirect URIs and CORS origins. Each answers what is wrong with a value, or
 * empty when it is fit. They are matched later as exact strings, so every rule refuses what could make an
 * exact match mean more than it says (RFC 9700 §2.1 and §4.1.3).
 */
final class ClientUris {

    /** Loopback hosts, where plain http never leaves the machine (RFC 8252 §7.3, §8.3). */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private ClientUris() {}

    /**
     * What is wrong with a redirect (or post-logout redirect) URI: it must be absolute, without fragment
     * (RFC 6749 §3.1.2), wildcard or user info, and https, http on a loopback host (or anywhere when
     * {@code allowHttp}), or for a public client a private-use scheme with a dot (RFC 8252 §7.1).
     */
    static Optional<String> redirectProblem(String value, boolean allowHttp, boolean publicClient) {
        Optional<URI> parsed = parse(value);
        if (parsed.isEmpty() || !parsed.get().isAbsolute()) {
            return Optional.of("must be an absolute URI");
        }
        URI uri = parsed.get();
        if (value.contains("#")) {
            return Optional.of("must not have a fragment (RFC 6749 section 3.1.2)");
        }
        if (value.contains("*")) {
            return Optional.of("must not contain a wildcard: redirect URIs are matched as exact strings");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http")) {
            return webProblem(uri, allowHttp);
        }
        return privateUseProblem(uri, publicClient);
    }

    /**
     * What is wrong with a CORS origin: it must be {@code scheme://host[:port]} exactly as a browser sends
     * it in {@code Origin} (lower case, no default port, no path, not even "/"), https or http as for
     * redirect URIs.
     */
    static Optional<String> originProblem(String value, boolean allowHttp) {
        Optional<URI> parsed = parse(value);
        if (parsed.isEmpty() || !parsed.get().isAbsolute() || value.contains("*")) {
            return Optional.of("must be an origin, scheme://host[:port]");
        }
        URI uri = parsed.get();
        String scheme = uri.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an https (or loopback http) origin, scheme://host[:port]");
        }
        if (uri.getHost() == null || uri.getRawPath() == null || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of("must be scheme://host[:port] without path, query or fragment");
        }
        if (!value.equals(value.toLowerCase(Locale.ROOT))) {
            return Optional.of("must be lower case, as browsers send it in Origin");
        }
        if (uri.getPort() == (scheme.equals("https") ? 443 : 80)) {
            return Optional.of("must leave out the default port, as browsers do in Origin");
        }
        return httpProblem(uri, allowHttp);
    }

    private static Optional<String> webProblem(URI uri, boolean allowHttp) {
        if (uri.getHost() == null) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not have user info");
        }
        return httpProblem(uri, allowHttp);
    }

    private static Optional<String> httpProblem(URI uri, boolean allowHttp) {
        boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getScheme().equalsIgnoreCase("http") && !loopback && !allowHttp) {
            return Optional.of("must use https; http only for localhost, 127.0.0.1 or [::1]");
        }
        return Optional.empty();
    }

    /**
     * A native app's private-use scheme: a reversed domain name the app controls, so it contains a dot, and
     * no authority, only a single slash after the scheme (RFC 8252 §7.1). Only public clients are native apps.
     */
    private static Optional<String> privateUseProblem(URI uri, boolean publicClient) {
        if (!publicClient || !uri.getScheme().contains(".")) {
            return Optional.of("must use https (or http on a loopback host); a public client may use a private-use "
                    + "scheme with a dot, such as com.example.app:/callback");
        }
        if (uri.getRawSchemeSpecificPart().startsWith("//") || !uri.getRawSchemeSpecificPart().startsWith("/")) {
            return Optional.of("must be scheme:/path, a single slash after the scheme (RFC 8252 section 7.1)");
        }
        return Optional.empty();
    }

    private static Optional<URI> parse(String value) {
        if (value == null || value.isBlank() || !value.strip().equals(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(value));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

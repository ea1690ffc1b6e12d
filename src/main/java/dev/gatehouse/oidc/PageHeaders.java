package dev.gatehouse.oidc;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The headers of every hosted page. The Content-Security-Policy allows nothing but Gatehouse's own stylesheet
 * and form posts; {@code form-action} also names the client's redirect origin because Chrome applies it to
 * the redirect that answers the form (CSP Level 3 §6.4.1). No framing (clickjacking), no referrer (the
 * authorization request's query would leak to the next site), no caching (the page holds a CSRF token).
 */
public final class PageHeaders {

    private PageHeaders() {}

    /** An HTML page with {@code status}, its form posting to Gatehouse and, when given, the client's origin. */
    public static Response page(int status, String html, Locale locale, Optional<String> redirectUri) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(html)
                .header("Content-Security-Policy", policy(redirectUri.flatMap(PageHeaders::origin)))
                .header("Content-Language", locale.toLanguageTag())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY") // for browsers before frame-ancestors
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Adds the headers a redirect out of a page needs: no caching and no referrer either. */
    public static Response.ResponseBuilder redirect(URI location) {
        return Response.seeOther(location).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }

    static String policy(Optional<String> formOrigin) {
        return "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'"
                + formOrigin.map(o -> " " + o).orElse("")
                + "; frame-ancestors 'none'; base-uri 'none'";
    }

    /**
     * The CSP source of a redirect URI: {@code scheme://host[:port]} for http(s), {@code scheme:} for an app's
     * own scheme (RFC 8252 §7.1). Built from the parsed parts only, so nothing can add a directive.
     */
    static Optional<String> origin(String redirectUri) {
        try {
            URI uri = new URI(redirectUri);
            String scheme = uri.getScheme();
            if (scheme == null || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of(scheme + ":");
            }
            String host = uri.getHost();
            if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}

package dev.gatehouse.session;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The login-session cookie: {@code __Host-} prefixed (so only this host, path {@code /}, Secure), HttpOnly and
 * SameSite=Lax, which keeps it on the top-level redirects of the authorization flow and off cross-site posts.
 */
@Startup
@ApplicationScoped
public class SessionCookie {

    private final SessionConfig config;

    SessionCookie(SessionConfig config) {
        this.config = config;
        if (!mayRunWith(LaunchMode.current(), config.secureCookie())) {
            throw new IllegalStateException("gatehouse.session.secure-cookie=false is for dev over plain http only; "
                    + "production sends its cookies Secure (terminate TLS in front of Gatehouse)");
        }
    }

    /** Cookies without Secure would travel over plain http, where anyone on the path reads the session. */
    static boolean mayRunWith(LaunchMode mode, boolean secureCookie) {
        return secureCookie || mode.isDevOrTest();
    }

    /** The cookie's name; the {@code __Host-} prefix needs Secure, so dev over http goes without it. */
    public String name() {
        return config.secureCookie() ? "__Host-gatehouse-session" : "gatehouse-session";
    }

    /** The session secret the request's cookie carries, or null; {@link LoginSessions#current} checks it. */
    public String secretIn(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(name());
        return cookie == null ? null : cookie.getValue();
    }

    /** The cookie that carries a new session's secret; a session cookie (no Max-Age), the server ends it. */
    public NewCookie of(StartedSession started) {
        return build(started.secret(), NewCookie.DEFAULT_MAX_AGE);
    }

    /** The cookie that clears the browser's copy on logout. */
    public NewCookie cleared() {
        return build("", 0);
    }

    private NewCookie build(String value, int maxAge) {
        return new NewCookie.Builder(name()).value(value).path("/").maxAge(maxAge).secure(config.secureCookie())
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}

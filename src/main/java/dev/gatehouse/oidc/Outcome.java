package dev.gatehouse.oidc;

import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.util.List;

/** What a browser step of the flow answers: a redirect back to the client, or the login form. */
public sealed interface Outcome {

    /** 303 to the client's redirect URI, setting {@code cookies} (the new session's). */
    record Redirect(URI location, List<NewCookie> cookies) implements Outcome {}

    /** The login form with {@code status}, {@code cookies} (the browser binding) and {@code retryAfter} when > 0. */
    record Form(LoginForm form, int status, List<NewCookie> cookies, long retryAfter) implements Outcome {}
}

package dev.gatehouse.oidc;

import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization endpoint's flow (RFC 6749 §4.1.1, OIDC Core §3.1.2): check the request, then answer it from
 * the browser's login session when that session satisfies it, else with the login form, or, for
 * {@code prompt=none}, with {@code login_required}.
 */
@ApplicationScoped
public class AuthorizationFlow {

    private final AuthorizationRequests requests;
    private final AuthorizationResponses responses;
    private final AuthorizationCompletion completion;
    private final LoginSessions sessions;
    private final PendingAuthorizations pending;
    private final BrowserCookie browserCookie;
    private final Clock clock;

    AuthorizationFlow(AuthorizationRequests requests, AuthorizationResponses responses,
            AuthorizationCompletion completion, LoginSessions sessions, PendingAuthorizations pending,
            BrowserCookie browserCookie, Clock clock) {
        this.requests = requests;
        this.responses = responses;
        this.completion = completion;
        this.sessions = sessions;
        this.pending = pending;
        this.browserCookie = browserCookie;
        this.clock = clock;
    }

    /**
     * @param sessionSecret the login-session cookie's value, null when the browser sent none
     * @param browserValue the browser-binding cookie's value, null when the browser sent none
     * @throws PageError for an unknown client or redirect URI (never redirected to)
     */
    public Outcome authorize(Map<String, List<String>> params, String sessionSecret, String browserValue) {
        AuthorizationRequest request;
        try {
            request = requests.parse(params);
        } catch (AuthorizationError error) {
            return new Outcome.Redirect(responses.error(error), List.of());
        }
        Optional<LoginSession> session = sessions.current(sessionSecret).filter(s -> satisfies(s, request));
        if (session.isPresent()) {
            return completion.withSession(request, session.get());
        }
        if (request.silent()) {
            AuthorizationError error = new AuthorizationError("login_required", "The user is not logged in.",
                    request.redirectUri(), request.state()); // OIDC Core §3.1.2.6
            return new Outcome.Redirect(responses.error(error), List.of());
        }
        return form(request, browserValue);
    }

    private Outcome form(AuthorizationRequest request, String browserValue) {
        String browser = browserCookie.valueFor(browserValue);
        PendingAuthorizations.Started started = pending.start(request, browser);
        LoginForm form = new LoginForm(started.id().toString(), started.csrfToken(), request.loginHint(),
                request.clientName(), request.redirectUri(), null);
        return new Outcome.Form(form, 200, List.of(browserCookie.of(browser)), 0);
    }

    /**
     * Whether the session may answer without the form: no {@code prompt=login} (or consent/select_account),
     * a login no older than {@code max_age} (OIDC Core §3.1.2.1), an active user, and, when the client named
     * one in {@code login_hint}, that very user: a session of someone else shows the form with the hint, since
     * a code for another account than the client expects is the riskier answer.
     */
    private boolean satisfies(LoginSession session, AuthorizationRequest request) {
        if (request.demandsLogin()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.maxAge() != null
                && Duration.between(session.authTime, now).compareTo(Duration.ofSeconds(request.maxAge())) > 0) {
            return false;
        }
        User user = User.findById(session.userId);
        if (user == null || !user.active) {
            return false;
        }
        return request.loginHint() == null || Emails.key(request.loginHint()).equals(Emails.key(user.email));
    }
}

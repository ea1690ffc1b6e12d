package dev.gatehouse.oidc;

import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientService;
import dev.gatehouse.oidc.IdTokenHints.VerifiedHint;
import dev.gatehouse.session.EndReason;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): decides from the request and the browser's
 * session cookie whether to log out at once, ask the user first, or only say the user is logged out, and
 * where to send the browser afterwards.
 *
 * <p>It logs out without asking only when a valid {@code id_token_hint} names the very session of the
 * browser's cookie (§2: the OP MUST ask when there is no hint or the hint is not of the current session), so a
 * link on another site cannot log the user out (§6). It redirects only to a {@code post_logout_redirect_uri}
 * registered, as the exact string, for the client a valid hint was issued to (§3), with {@code state}; every
 * failed check means no redirect (§4). Ending takes the browser's session and the hint's {@code sid} session
 * of the hint's user, each firing {@code SessionEnded}, which ends their refresh tokens.
 */
@ApplicationScoped
public class LogoutService {

    private final IdTokenHints hints;
    private final ClientService clients;
    private final LoginSessions sessions;

    LogoutService(IdTokenHints hints, ClientService clients, LoginSessions sessions) {
        this.hints = hints;
        this.clients = clients;
        this.sessions = sessions;
    }

    /** A logout request as it arrives from the RP (GET or POST): logs out at once or asks for confirmation. */
    @Transactional
    public LogoutOutcome request(LogoutRequest request, String cookieSecret) {
        Plan plan = plan(request, cookieSecret);
        if (plan.nothingToEnd()) {
            return LogoutOutcome.loggedOut(plan.redirect(), plan.problem());
        }
        if (plan.problem().isPresent() || !plan.hintIsOfTheBrowsersSession()) {
            return LogoutOutcome.confirm(plan.problem());
        }
        return end(plan);
    }

    /** The user confirmed on the page (its CSRF token checked by the caller): logs out. */
    @Transactional
    public LogoutOutcome confirm(LogoutRequest request, String cookieSecret) {
        return end(plan(request, cookieSecret));
    }

    private LogoutOutcome end(Plan plan) {
        plan.browser().ifPresent(s -> sessions.end(s.id, s.userId, EndReason.LOGOUT));
        plan.hinted().ifPresent(s -> sessions.end(s.id, s.userId, EndReason.LOGOUT));
        return LogoutOutcome.loggedOut(plan.redirect(), plan.problem());
    }

    private Plan plan(LogoutRequest request, String cookieSecret) {
        Optional<LoginSession> browser = sessions.current(cookieSecret);
        boolean hinted = present(request.idTokenHint());
        Optional<VerifiedHint> hint = hints.verify(request.idTokenHint());
        if (hinted && hint.isEmpty()) {
            return new Plan(browser, Optional.empty(), false, Optional.empty(), Optional.of(LogoutProblem.INVALID_HINT));
        }
        Optional<LoginSession> hintSession = hint.flatMap(this::sessionOf);
        boolean ofBrowser = hintSession.isPresent() && browser.map(b -> b.id.equals(hintSession.get().id)).orElse(false);
        Optional<LoginSession> other = ofBrowser ? Optional.empty() : hintSession;
        Optional<LogoutProblem> problem = problemOf(request, hint);
        Optional<URI> redirect = problem.isPresent() || !present(request.postLogoutRedirectUri())
                ? Optional.empty() : Optional.of(withState(request.postLogoutRedirectUri(), request.state()));
        return new Plan(browser, other, ofBrowser, redirect, problem);
    }

    /** The hint's sid when it is an active session of the hint's subject; a sid of someone else's ends nothing. */
    private Optional<LoginSession> sessionOf(VerifiedHint hint) {
        return Optional.ofNullable(hint.sessionId()).flatMap(sessions::active)
                .filter(s -> s.userId.equals(hint.subject()));
    }

    private Optional<LogoutProblem> problemOf(LogoutRequest request, Optional<VerifiedHint> hint) {
        String clientId = hint.map(VerifiedHint::clientId).orElse(request.clientId());
        if (hint.isPresent() && present(request.clientId()) && !request.clientId().equals(clientId)) {
            return Optional.of(LogoutProblem.CLIENT_MISMATCH);
        }
        if (!present(clientId)) {
            return present(request.postLogoutRedirectUri())
                    ? Optional.of(LogoutProblem.REDIRECT_WITHOUT_HINT) : Optional.empty();
        }
        Optional<Client> client = clients.find(clientId);
        if (client.isEmpty()) {
            return Optional.of(LogoutProblem.UNKNOWN_CLIENT);
        }
        String uri = request.postLogoutRedirectUri();
        if (!present(uri)) {
            return Optional.empty();
        }
        if (!client.get().postLogoutRedirectUris.contains(uri)) {
            return Optional.of(LogoutProblem.UNREGISTERED_REDIRECT);
        }
        return hint.isPresent() ? Optional.empty() : Optional.of(LogoutProblem.REDIRECT_WITHOUT_HINT);
    }

    /** §3: {@code state} goes back as a query parameter of the redirect, added to any query the URI has. */
    static URI withState(String uri, String state) {
        if (!present(state)) {
            return URI.create(uri);
        }
        String separator = uri.contains("?") ? "&" : "?";
        return URI.create(uri + separator + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    /**
     * The sessions a logout ends (the browser's, the hint's other one), whether the hint names the browser's,
     * where to go afterwards, and what was wrong with the request.
     */
    private record Plan(Optional<LoginSession> browser, Optional<LoginSession> hinted, boolean hintIsOfTheBrowsersSession,
            Optional<URI> redirect, Optional<LogoutProblem> problem) {

        boolean nothingToEnd() {
            return browser.isEmpty() && hinted.isEmpty();
        }
    }
}

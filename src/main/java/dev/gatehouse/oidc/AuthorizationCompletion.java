package dev.gatehouse.oidc;

import dev.gatehouse.auth.AuthorizationCodes;
import dev.gatehouse.auth.CodeGrant;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.session.SessionCookie;
import dev.gatehouse.session.StartedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The end of an authorization: a code for the session, and the redirect that carries it; one transaction each. */
@ApplicationScoped
public class AuthorizationCompletion {

    private final LoginSessions sessions;
    private final SessionCookie sessionCookie;
    private final AuthorizationCodes codes;
    private final AuthorizationResponses responses;

    AuthorizationCompletion(LoginSessions sessions, SessionCookie sessionCookie, AuthorizationCodes codes,
            AuthorizationResponses responses) {
        this.sessions = sessions;
        this.sessionCookie = sessionCookie;
        this.codes = codes;
        this.responses = responses;
    }

    /** Single sign-on: the code comes from the browser's running session, which counts as a use of it. */
    @Transactional
    public Outcome.Redirect withSession(AuthorizationRequest request, LoginSession session) {
        sessions.touch(session.id);
        return new Outcome.Redirect(responses.success(request, issue(request, session.userId, session.id)), List.of());
    }

    /**
     * After the form's login: a new session (a new id and secret, never one the browser brought: no fixation),
     * the pending request used up, the code.
     *
     * @throws PageError FORM_EXPIRED when a concurrent submission of the same form used it first
     */
    @Transactional
    public Outcome.Redirect afterLogin(PendingAuthorization pending, AuthorizationRequest request, Authenticated login,
            String userAgent, String clientAddress) {
        if (PendingAuthorization.delete("id", pending.id) != 1) {
            throw new PageError(PageError.Reason.FORM_EXPIRED, "pending request used concurrently");
        }
        StartedSession started = sessions.start(login.user(), login.backend(), List.of("pwd"), userAgent, clientAddress);
        String code = issue(request, login.user().id, started.session().id);
        return new Outcome.Redirect(responses.success(request, code), List.of(sessionCookie.of(started)));
    }

    private String issue(AuthorizationRequest request, UUID userId, UUID sessionId) {
        return codes.issue(new CodeGrant(request.clientId(), request.redirectUri(), userId, sessionId, request.scope(),
                request.nonce(), request.codeChallenge()));
    }
}

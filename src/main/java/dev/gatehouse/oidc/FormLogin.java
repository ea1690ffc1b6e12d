package dev.gatehouse.oidc;

import dev.gatehouse.auth.LoginService;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientService;
import dev.gatehouse.auth.throttle.Lockout;
import dev.gatehouse.password.HashingSaturated;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The login form's POST: verify the form (CSRF token and browser cookie) before anything else, then log in
 * through {@link LoginService#authenticate}, the same throttle, chain, timing and audit as the token
 * endpoint; on success start a session and send the code to the client.
 */
@ApplicationScoped
public class FormLogin {

    /** Longer input is cut before it is shown again in the form. */
    private static final int MAX_SHOWN_EMAIL = 320;

    private final PendingAuthorizations pending;
    private final ClientService clients;
    private final LoginService logins;
    private final AuthorizationCompletion completion;

    FormLogin(PendingAuthorizations pending, ClientService clients, LoginService logins,
            AuthorizationCompletion completion) {
        this.pending = pending;
        this.clients = clients;
        this.logins = logins;
        this.completion = completion;
    }

    /** A submitted login form, as the browser sent it. The password is never shown by {@link #toString()}. */
    public record Submission(String requestId, String csrfToken, String email, String password, String browserValue,
            String userAgent, String clientAddress) {
        @Override
        public String toString() {
            return "Submission[" + requestId + "]";
        }
    }

    /**
     * The redirect with the code, or the form again with the one message for every failed login.
     *
     * @throws PageError FORM_FORGED (403) when the CSRF token or the cookie does not match, before any login
     *     is attempted; FORM_EXPIRED when the form is no longer live
     */
    public Outcome submit(Submission submission) {
        PendingAuthorization request = pending.verified(submission.requestId(), submission.csrfToken(),
                submission.browserValue());
        Client client = clients.find(request.clientId)
                .orElseThrow(() -> new PageError(PageError.Reason.FORM_EXPIRED, "client deleted meanwhile"));
        AuthorizationRequest authorization = request.request(client.name);
        LoginForm form = new LoginForm(request.id.toString(), submission.csrfToken(), null, client.name,
                request.redirectUri, null);
        String email = submission.email() == null ? "" : submission.email().strip();
        String shown = email.length() > MAX_SHOWN_EMAIL ? email.substring(0, MAX_SHOWN_EMAIL) : email;
        if (email.isEmpty() || submission.password() == null || submission.password().isEmpty()) {
            return again(form, LoginForm.Notice.Kind.FAILED, 0, shown, 400);
        }
        try {
            Optional<Authenticated> login = logins.authenticate(
                    new Credentials(email, submission.password(), submission.clientAddress()), request.clientId);
            if (login.isEmpty()) {
                return again(form, LoginForm.Notice.Kind.FAILED, 0, shown, 400);
            }
            return completion.afterLogin(request, authorization, login.get(), submission.userAgent(),
                    submission.clientAddress());
        } catch (Lockout lockout) {
            return again(form, LoginForm.Notice.Kind.LOCKED, lockout.retryAfterSeconds(), shown, 429);
        } catch (HashingSaturated saturated) {
            return again(form, LoginForm.Notice.Kind.BUSY, saturated.retryAfterSeconds(), shown, 503);
        }
    }

    private static Outcome again(LoginForm form, LoginForm.Notice.Kind kind, long seconds, String email, int status) {
        return new Outcome.Form(form.with(new LoginForm.Notice(kind, seconds), email), status, List.of(), seconds);
    }
}

package dev.gatehouse.oidc;

/**
 * What the login form shows and sends back: the pending request's id and CSRF token, the email to fill in,
 * the client's name, and the notice above the form (the failed login, the lockout's wait), if any.
 */
public record LoginForm(String requestId, String csrfToken, String email, String clientName, String redirectUri,
        Notice notice) {

    /** Why the form is shown again. */
    public record Notice(Kind kind, long seconds) {
        public enum Kind { FAILED, LOCKED, BUSY }
    }

    LoginForm with(Notice notice, String email) {
        return new LoginForm(requestId, csrfToken, email, clientName, redirectUri, notice);
    }

    @Override
    public String toString() {
        return "LoginForm[" + requestId + "]";
    }
}

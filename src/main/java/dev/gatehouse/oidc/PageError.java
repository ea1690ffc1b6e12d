package dev.gatehouse.oidc;

/**
 * A failure the browser is shown on Gatehouse's own error page and never redirected with: an unknown client,
 * a redirect URI that is not the client's (RFC 6749 §4.1.2.1), a login form that cannot be verified.
 */
public final class PageError extends RuntimeException {

    /** What went wrong, as the error page words it (a message of {@link PageMessages}). */
    public enum Reason {
        UNKNOWN_CLIENT(400), BAD_REQUEST(400), FORM_EXPIRED(400), FORM_FORGED(403), LOGOUT_FORGED(403), UNAVAILABLE(503), FAILED(500);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public PageError(Reason reason, String why) {
        super(why, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

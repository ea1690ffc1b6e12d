package dev.gatehouse.audit;

/** The event types of the audit trail, as stored and as filtered with {@code GET /audit-events?type=}. */
public final class AuditType {

    public static final String LOGIN_SUCCEEDED = "login.succeeded";
    /** Detail {@code reason}: {@code invalid_credentials} (unknown user, wrong password, inactive or denied). */
    public static final String LOGIN_FAILED = "login.failed";
    /** A failure that put an account or client address over its limit; detail has the wait. */
    public static final String LOCKOUT_STARTED = "lockout.started";
    public static final String LOCKOUT_CLEARED = "lockout.cleared";
    public static final String TOKEN_REFRESHED = "token.refreshed";
    /** A rotated refresh token came back: it was probably stolen, and its family is revoked. */
    public static final String TOKEN_REUSE_DETECTED = "token.reuse_detected";
    public static final String TOKEN_REVOKED = "token.revoked";
    /** Tokens issued for an authorization code; detail has the client, the session and the refresh family. */
    public static final String CODE_REDEEMED = "code.redeemed";
    /** A redeemed authorization code came back (RFC 6749 §4.1.2): the refresh family it started is revoked. */
    public static final String CODE_REUSE_DETECTED = "code.reuse_detected";
    /**
     * A login session ended; the actor is whoever called with a bearer token (null for a logout), detail
     * {@code session_id} and {@code reason}: {@code revoked}, {@code logout} or {@code credentials_changed}.
     */
    public static final String SESSION_ENDED = "session.ended";

    /** A mail of the outbox was accepted by the SMTP server; detail has the mail id, its kind and the attempts. */
    public static final String MAIL_SENT = "mail.sent";
    /** A mail was given up after its last attempt; detail has the mail id, its kind, the attempts and the error. */
    public static final String MAIL_FAILED = "mail.failed";
    /** A verification link was mailed; detail has the email it was sent to. */
    public static final String EMAIL_VERIFICATION_SENT = "email.verification_sent";
    /** A user's email was verified through a mailed link; detail has the email. */
    public static final String EMAIL_VERIFIED = "email.verified";
    /**
     * Someone asked for a password reset; user id null when no user has the email; detail has {@code mailed}
     * ({@code link}, {@code managed_elsewhere} or {@code none}) and, for none, {@code reason}.
     */
    public static final String PASSWORD_RESET_REQUESTED = "password_reset.requested";
    /** A user set a new password through a mailed reset link. */
    public static final String PASSWORD_RESET_COMPLETED = "password_reset.completed";

    private AuditType() {}
}

package dev.gatehouse.session;

/** Why a login session ended, as the {@code reason} of its {@code session.ended} audit event. */
public enum EndReason {
    /** Ended through the sessions API, by the user or an admin (the event's actor says which). */
    REVOKED("revoked"),
    /** Ended by a logout at {@code /auth/logout}. */
    LOGOUT("logout"),
    /** The user's password changed or the user was deactivated. */
    CREDENTIALS_CHANGED("credentials_changed");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

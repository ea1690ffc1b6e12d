package dev.gatehouse.session;

/** A new session and the secret for its cookie, which is not stored and so is only here, once. */
public record StartedSession(LoginSession session, String secret) {

    @Override
    public String toString() {
        return "StartedSession[" + (session == null ? null : session.id) + "]";
    }
}

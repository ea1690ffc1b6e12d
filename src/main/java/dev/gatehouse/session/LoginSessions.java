package dev.gatehouse.session;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.CredentialsChanged;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts, finds, uses and ends login sessions; ending one fires {@link SessionEnded} and writes
 * {@code session.ended} (with the caller as actor) in its transaction.
 */
@ApplicationScoped
public class LoginSessions {

    static final String SECRET_PREFIX = "ghsn_";

    private final SessionConfig config;
    private final Clock clock;
    private final Event<SessionEnded> ended;
    private final AuditLog audit;

    LoginSessions(SessionConfig config, Clock clock, Event<SessionEnded> ended, AuditLog audit) {
        this.config = config;
        this.clock = clock;
        this.ended = ended;
        this.audit = audit;
    }

    /** A new session for a login just made; always a new id and secret, so a session is never fixed in advance. */
    @Transactional
    public StartedSession start(User user, String backend, List<String> amr, String userAgent, String clientAddress) {
        OffsetDateTime now = now();
        String secret = Secrets.generate(SECRET_PREFIX);
        LoginSession session = new LoginSession();
        session.id = UUID.randomUUID();
        session.secretHash = Secrets.hash(secret);
        session.userId = user.id;
        session.authBackend = backend;
        session.amr = String.join(" ", amr);
        session.authTime = now;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.maxLifetime());
        session.userAgent = truncate(userAgent, 300);
        session.clientAddress = truncate(clientAddress, 64);
        session.persist();
        return new StartedSession(session, secret);
    }

    /** The active session whose cookie secret this is; empty for anything else, including a malformed value. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LoginSession> current(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return LoginSession.<LoginSession>find("secretHash", Secrets.hash(secret)).firstResultOptional()
                .filter(this::isActive);
    }

    /** The session by id when it is still active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LoginSession> active(UUID id) {
        return LoginSession.<LoginSession>findByIdOptional(id).filter(this::isActive);
    }

    /** Records a use of the session, which pushes its idle end back (never its absolute end). */
    @Transactional
    public void touch(UUID id) {
        LoginSession.update("lastSeenAt = ?1 where id = ?2 and endedAt is null", now(), id);
    }

    /**
     * Ends the session when it is active and {@code userId}'s; false when there was none to end (unknown,
     * another user's, already ended or expired: the caller answers all of them alike).
     */
    @Transactional
    public boolean end(UUID id, UUID userId, EndReason reason) {
        return active(id).filter(s -> s.userId.equals(userId)).map(s -> endNow(s, reason)).orElse(false);
    }

    /** Ends every session of the user (deactivation, password change); in the caller's transaction. */
    @Transactional
    public void endAll(UUID userId, EndReason reason) {
        LoginSession.<LoginSession>list("userId = ?1 and endedAt is null", userId).forEach(s -> endNow(s, reason));
    }

    /** A password change or deactivation ends every session of the user, in the transaction that made it. */
    void onCredentialsChanged(@Observes CredentialsChanged event) {
        endAll(event.userId(), EndReason.CREDENTIALS_CHANGED);
    }

    /** The user's active sessions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoginSession> activeOf(UUID userId) {
        return LoginSession.<LoginSession>list("userId = ?1 and endedAt is null order by createdAt desc", userId)
                .stream().filter(this::isActive).toList();
    }

    /**
     * The user's active sessions as the API shows them; {@code current} marks the one whose secret the
     * request's cookie carries ({@code cookieSecret} may be null).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> viewsOf(UUID userId, String cookieSecret) {
        UUID currentId = current(cookieSecret).map(s -> s.id).orElse(null);
        return activeOf(userId).stream()
                .map(s -> SessionView.of(s, config.idleTimeout(), s.id.equals(currentId))).toList();
    }

    public boolean isActive(LoginSession session) {
        return session.isActive(now(), config.idleTimeout());
    }

    /**
     * Ends the session unless a concurrent request ended it first: the conditional update lets exactly one of
     * them fire the event and write the audit event.
     */
    private boolean endNow(LoginSession session, EndReason reason) {
        OffsetDateTime now = now();
        if (LoginSession.update("endedAt = ?1 where id = ?2 and endedAt is null", now, session.id) == 0) {
            return false;
        }
        session.endedAt = now;
        ended.fire(new SessionEnded(session.id));
        audit.record(AuditType.SESSION_ENDED, session.userId,
                Map.of("session_id", session.id.toString(), "reason", reason.code()));
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

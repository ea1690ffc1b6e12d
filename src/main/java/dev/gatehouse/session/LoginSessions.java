package dev.gatehouse.session;

import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Starts, finds, uses and ends login sessions; ending one fires {@link SessionEnded} in its transaction. */
@ApplicationScoped
public class LoginSessions {

    static final String SECRET_PREFIX = "ghs_s_";

    private final SessionConfig config;
    private final Clock clock;
    private final Event<SessionEnded> ended;

    LoginSessions(SessionConfig config, Clock clock, Event<SessionEnded> ended) {
        this.config = config;
        this.clock = clock;
        this.ended = ended;
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

    /** Ends the session when it is active and {@code userId}'s; false when there was none to end. */
    @Transactional
    public boolean end(UUID id, UUID userId) {
        Optional<LoginSession> session = LoginSession.<LoginSession>findByIdOptional(id)
                .filter(s -> s.userId.equals(userId) && s.endedAt == null);
        session.ifPresent(this::endNow);
        return session.isPresent();
    }

    /** Ends every session of the user (deactivation, password change); in the caller's transaction. */
    @Transactional
    public void endAll(UUID userId) {
        LoginSession.<LoginSession>list("userId = ?1 and endedAt is null", userId).forEach(this::endNow);
    }

    /** The user's active sessions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoginSession> activeOf(UUID userId) {
        return LoginSession.<LoginSession>list("userId = ?1 and endedAt is null order by createdAt desc", userId)
                .stream().filter(this::isActive).toList();
    }

    public boolean isActive(LoginSession session) {
        return session.isActive(now(), config.idleTimeout());
    }

    private void endNow(LoginSession session) {
        session.endedAt = now();
        ended.fire(new SessionEnded(session.id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

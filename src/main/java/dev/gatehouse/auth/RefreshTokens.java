package dev.gatehouse.auth;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.client.ClientDeleted;
import dev.gatehouse.auth.backend.ldap.LdapBackend;
import dev.gatehouse.auth.backend.ldap.LdapConfig;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.session.SessionEnded;
import dev.gatehouse.user.CredentialsChanged;
import dev.gatehouse.user.User;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issues, rotates and revokes refresh tokens; a rotated token presented again revokes its family.
 * Every change to a family first locks its {@link RefreshFamily} row, so a rotation and a revocation of
 * one family run one after the other: a revocation cannot miss the successor of a concurrent rotation.
 * The family of a browser login belongs to its login session: it ends with it and never outlives it.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);
    static final String PREFIX = "ghr_";

    private final TokenConfig config;
    private final Duration ldapSessionMaxLifetime;
    private final Scopes scopes;
    private final AuditLog audit;
    private final LoginSessions sessions;
    private final Clock clock;

    RefreshTokens(TokenConfig config, LdapConfig ldap, Scopes scopes, AuditLog audit, LoginSessions sessions,
            Clock clock) {
        this.config = config;
        this.ldapSessionMaxLifetime = ldap.sessionMaxLifetime();
        this.scopes = scopes;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A fresh token in a new family, which ends after the family's absolute lifetime. */
    @Transactional
    public String issue(User user, String clientId, String scope, String backend) {
        OffsetDateTime now = now();
        RefreshFamily family = newFamily(user, clientId, now, now.plus(maxLifetime(user)));
        return store(family, clientId, scope, backend, now);
    }

    /**
     * A fresh token in a new family of {@code session} (a browser login): the family ends when the session
     * ends, and at the latest at the session's absolute end.
     */
    @Transactional
    public IssuedRefreshToken issue(User user, String clientId, String scope, LoginSession session) {
        OffsetDateTime now = now();
        OffsetDateTime own = now.plus(maxLifetime(user));
        RefreshFamily family = newFamily(user, clientId, now, own.isBefore(session.expiresAt) ? own : session.expiresAt);
        family.sessionId = session.id;
        return new IssuedRefreshToken(store(family, clientId, scope, session.authBackend, now), family.id);
    }

    private static RefreshFamily newFamily(User user, String clientId, OffsetDateTime now, OffsetDateTime expiresAt) {
        RefreshFamily family = new RefreshFamily();
        family.id = UUID.randomUUID();
        family.userId = user.id;
        family.clientId = clientId;
        family.createdAt = now;
        family.expiresAt = expiresAt;
        family.persist();
        return family;
    }

    /**
     * Exchanges a token for its successor in the same family, returning the old row's grant and the
     * new value. Commits even when it throws, so a detected reuse leaves the family revoked.
     *
     * @throws TokenError invalid_grant when the token is unknown, used, revoked, expired (itself or its
     *                    family), not {@code client}'s, its user is gone or inactive, or its family's login
     *                    session is no longer active (idle or ended); invalid_scope
     *                    when {@code scope} asks for more than the original grant
     */
    @Transactional(dontRollbackOn = TokenError.class)
    Rotation rotate(String value, PresentingClient client, String scope) {
        Locked locked = lockFamilyOf(value).orElseThrow(RefreshTokens::invalid);
        RefreshToken token = locked.token();
        RefreshFamily family = locked.family();
        OffsetDateTime now = now();
        if (token.rotatedAt != null && token.revokedAt == null && family.revokedAt == null) {
            LOG.warnf("Refresh token reuse in family %s of user %s: revoking the family", token.familyId, token.userId);
            revokeFamily(family, now);
            audit.record(AuditType.TOKEN_REUSE_DETECTED, token.userId, Map.of("family_id", token.familyId));
        }
        if (!token.isUsable(now) || !family.isUsable(now) || !client.owns(token.clientId)) {
            throw invalid();
        }
        User user = User.<User>findByIdOptional(token.userId).filter(u -> u.active).orElse(null);
        if (user == null || !sessionContinues(family)) {
            revokeFamily(family, now);
            throw invalid();
        }
        String granted = scopes.narrow(scope, token.scope);
        token.rotatedAt = now;
        String next = store(family, token.clientId, granted, token.authBackend, now);
        audit.record(AuditType.TOKEN_REFRESHED, user.id, familyDetail(token));
        return new Rotation(user, next, token.clientId, granted, token.authBackend);
    }

    /**
     * RFC 7009: revokes the token's whole family (a logout) when the token is {@code client}'s; silently
     * does nothing for unknown tokens and for another client's (to this client, an invalid token).
     */
    @Transactional
    void revoke(String value, PresentingClient client) {
        lockFamilyOf(value).filter(locked -> client.owns(locked.token().clientId)).ifPresent(locked -> {
            revokeFamily(locked.family(), now());
            audit.record(AuditType.TOKEN_REVOKED, locked.token().userId, familyDetail(locked.token()));
        });
    }

    /**
     * Revokes every refresh token of a user (password change, deactivation). The families first: that
     * waits for a rotation in flight, so the tokens' update then sees its successor.
     */
    @Transactional
    public void revokeAll(UUID userId) {
        OffsetDateTime now = now();
        RefreshFamily.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
        RefreshToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }

    /** Revokes every refresh token issued to a client (its deletion), families first as in {@link #revokeAll}. */
    @Transactional
    public void revokeClient(String clientId) {
        OffsetDateTime now = now();
        RefreshFamily.update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", now, clientId);
        RefreshToken.update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", now, clientId);
    }

    /**
     * Revokes one family (the tokens a reused authorization code issued), its row locked first as in
     * {@link #rotate}; nothing when it is gone.
     */
    @Transactional
    void revokeFamily(UUID familyId) {
        RefreshFamily.<RefreshFamily>findByIdOptional(familyId, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(family -> revokeFamily(family, now()));
    }

    /** A logout (or any end of a login session) ends the refresh tokens issued in it, in the same transaction. */
    void onSessionEnded(@Observes SessionEnded event) {
        OffsetDateTime now = now();
        RefreshFamily.update("revokedAt = ?1 where sessionId = ?2 and revokedAt is null", now, event.sessionId());
        RefreshToken.update("revokedAt = ?1 where revokedAt is null and familyId in "
                + "(select f.id from RefreshFamily f where f.sessionId = ?2)", now, event.sessionId());
    }

    /**
     * Whether a family may rotate as far as its login session goes: always without a session (a password grant);
     * with one, when it is still active, and then the rotation counts as a use that pushes back its idle end.
     */
    private boolean sessionContinues(RefreshFamily family) {
        if (family.sessionId == null) {
            return true;
        }
        if (sessions.active(family.sessionId).isEmpty()) {
            return false;
        }
        sessions.touch(family.sessionId);
        return true;
    }

    /** A deleted client's refresh tokens end with it, in the transaction that deleted it. */
    void onClientDeleted(@Observes ClientDeleted event) {
        revokeClient(event.clientId());
    }

    /** A password change or deactivation ends every session, in the transaction that made it. */
    void onCredentialsChanged(@Observes CredentialsChanged event) {
        revokeAll(event.userId());
    }

    /** The token when it and its family are still usable and its user active, for introspection. */
    @Transactional
    public Optional<RefreshToken> findActive(String value) {
        OffsetDateTime now = now();
        return find(value).filter(t -> t.isUsable(now))
                .filter(t -> RefreshFamily.<RefreshFamily>findByIdOptional(t.familyId)
                        .filter(f -> f.isUsable(now))
                        .filter(f -> f.sessionId == null || sessions.active(f.sessionId).isPresent()).isPresent())
                .filter(t -> User.<User>findByIdOptional(t.userId).map(u -> u.active).orElse(false));
    }

    /**
     * Sessions of LDAP users end sooner, so what the directory changes (an account removed, a group
     * left) applies at the next login instead of lasting as long as someone keeps refreshing.
     */
    private Duration maxLifetime(User user) {
        Duration max = config.refreshMaxLifetime();
        if (LdapBackend.NAME.equals(user.provisionedBy) && ldapSessionMaxLifetime.compareTo(max) < 0) {
            return ldapSessionMaxLifetime;
        }
        return max;
    }

    private String store(RefreshFamily family, String clientId, String scope, String backend, OffsetDateTime now) {
        String value = Secrets.generate(PREFIX);
        RefreshToken token = new RefreshToken();
        token.tokenHash = Secrets.hash(value);
        token.familyId = family.id;
        token.userId = family.userId;
        token.clientId = clientId;
        token.scope = scope;
        token.authBackend = backend;
        token.issuedAt = now;
        OffsetDateTime own = now.plus(config.refreshLifetime());
        // rotation never moves the family's end
        token.expiresAt = own.isBefore(family.expiresAt) ? own : family.expiresAt;
        token.persist();
        return value;
    }

    private void revokeFamily(RefreshFamily family, OffsetDateTime now) {
        family.revokedAt = now;
        RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, family.id);
    }

    /**
     * The token and its family, the family's row locked (SELECT ... FOR UPDATE) before the token is
     * read, so the token's state is what the previous holder of the lock left.
     */
    private static Optional<Locked> lockFamilyOf(String value) {
        if (!isOurs(value)) {
            return Optional.empty();
        }
        byte[] hash = Secrets.hash(value);
        // a scalar query: the token entity must not be loaded (and cached) before the lock is held
        Optional<UUID> familyId = Panache.getEntityManager()
                .createQuery("select t.familyId from RefreshToken t where t.tokenHash = ?1", UUID.class)
                .setParameter(1, hash).getResultStream().findFirst();
        return familyId.flatMap(id -> RefreshFamily.<RefreshFamily>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(family -> RefreshToken.<RefreshToken>find("tokenHash", hash).firstResultOptional()
                        .map(token -> new Locked(family, token)));
    }

    /** Only values this service minted are looked up: a JWT (or anything else) is never a refresh token. */
    private static Optional<RefreshToken> find(String value) {
        if (!isOurs(value)) {
            return Optional.empty();
        }
        return RefreshToken.find("tokenHash", Secrets.hash(value)).firstResultOptional();
    }

    static boolean isOurs(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 43;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Which session: the family and client, never the token or its hash. */
    private static Map<String, Object> familyDetail(RefreshToken token) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("family_id", token.familyId);
        detail.put("client_id", token.clientId);
        return detail;
    }

    private static TokenError invalid() {
        return TokenError.invalidGrant("The refresh token is invalid, expired or revoked.");
    }

    private record Locked(RefreshFamily family, RefreshToken token) {}

    /** A new family's first token and the family's id (which an authorization code remembers). */
    public record IssuedRefreshToken(String value, UUID familyId) {
        @Override
        public String toString() {
            return "IssuedRefreshToken[family " + familyId + "]";
        }
    }

    /** The successor value and the grant it carries over. */
    public record Rotation(User user, String refreshToken, String clientId, String scope, String authBackend) {
        @Override
        public String toString() {
            return "Rotation[" + user + "]";
        }
    }
}

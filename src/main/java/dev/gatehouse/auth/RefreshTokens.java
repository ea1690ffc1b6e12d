package dev.gatehouse.auth;

import dev.gatehouse.user.CredentialsChanged;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Issues, rotates and revokes refresh tokens; a rotated token presented again revokes its family. */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);
    static final String PREFIX = "ghr_";

    private final TokenConfig config;
    private final Scopes scopes;

    RefreshTokens(TokenConfig config, Scopes scopes) {
        this.config = config;
        this.scopes = scopes;
    }

    /** A fresh token in a new family. */
    @Transactional
    public String issue(User user, String clientId, String scope, String backend) {
        return store(UUID.randomUUID(), user.id, clientId, scope, backend);
    }

    /**
     * Exchanges a token for its successor in the same family, returning the old row's grant and the
     * new value. Commits even when it throws, so a detected reuse leaves the family revoked.
     *
     * @throws TokenError invalid_grant when the token is unknown, used, revoked, expired, issued to
     *                    another client, or its user is gone or inactive; invalid_scope when
     *                    {@code scope} asks for more than the original grant
     */
    @Transactional(dontRollbackOn = TokenError.class)
    public Rotation rotate(String value, String clientId, String scope) {
        RefreshToken token = findLocked(value).orElseThrow(RefreshTokens::invalid);
        OffsetDateTime now = OffsetDateTime.now();
        if (token.rotatedAt != null && token.revokedAt == null) {
            LOG.warnf("Refresh token reuse in family %s of user %s: revoking the family", token.familyId, token.userId);
            revokeFamily(token.familyId);
        }
        if (!token.isUsable(now) || (clientId != null && !clientId.equals(token.clientId))) {
            throw invalid();
        }
        User user = User.<User>findByIdOptional(token.userId).filter(u -> u.active).orElse(null);
        if (user == null) {
            revokeFamily(token.familyId);
            throw invalid();
        }
        String granted = scopes.narrow(scope, token.scope);
        token.rotatedAt = now;
        String next = store(token.familyId, user.id, token.clientId, granted, token.authBackend);
        return new Rotation(user, next, token.clientId, granted, token.authBackend);
    }

    /** RFC 7009: revokes the token's whole family (a logout); silently does nothing for unknown tokens. */
    @Transactional
    public void revoke(String value) {
        findLocked(value).ifPresent(token -> revokeFamily(token.familyId));
    }

    /** Revokes every refresh token of a user (password change, deactivation). */
    @Transactional
    public void revokeAll(UUID userId) {
        RefreshToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", OffsetDateTime.now(), userId);
    }

    /** A password change or deactivation ends every session, in the transaction that made it. */
    void onCredentialsChanged(@Observes CredentialsChanged event) {
        revokeAll(event.userId());
    }

    /** The token when it is still usable and its user active, for introspection. */
    @Transactional
    public Optional<RefreshToken> findActive(String value) {
        OffsetDateTime now = OffsetDateTime.now();
        return find(value).filter(t -> t.isUsable(now))
                .filter(t -> User.<User>findByIdOptional(t.userId).map(u -> u.active).orElse(false));
    }

    private String store(UUID familyId, UUID userId, String clientId, String scope, String backend) {
        String value = Secrets.generate(PREFIX);
        RefreshToken token = new RefreshToken();
        token.tokenHash = Secrets.hash(value);
        token.familyId = familyId;
        token.userId = userId;
        token.clientId = clientId;
        token.scope = scope;
        token.authBackend = backend;
        token.issuedAt = OffsetDateTime.now();
        token.expiresAt = token.issuedAt.plus(config.refreshLifetime());
        token.persist();
        return value;
    }

    private void revokeFamily(UUID familyId) {
        RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", OffsetDateTime.now(), familyId);
    }

    /** Only values this service minted are looked up: a JWT (or anything else) is never a refresh token. */
    private static Optional<RefreshToken> find(String value) {
        if (!isOurs(value)) {
            return Optional.empty();
        }
        return RefreshToken.find("tokenHash", Secrets.hash(value)).firstResultOptional();
    }

    /** Locks the row so two concurrent exchanges of one token cannot both succeed. */
    private static Optional<RefreshToken> findLocked(String value) {
        if (!isOurs(value)) {
            return Optional.empty();
        }
        return RefreshToken.find("tokenHash", Secrets.hash(value)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    static boolean isOurs(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 43;
    }

    private static TokenError invalid() {
        return TokenError.invalidGrant("The refresh token is invalid, expired or revoked.");
    }

    /** The successor value and the grant it carries over. */
    public record Rotation(User user, String refreshToken, String clientId, String scope, String authBackend) {
        @Override
        public String toString() {
            return "Rotation[" + user + "]";
        }
    }
}

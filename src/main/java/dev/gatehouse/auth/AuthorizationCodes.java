package dev.gatehouse.auth;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientType;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.LoginSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Issues authorization codes and redeems them once at the token endpoint. */
@ApplicationScoped
public class AuthorizationCodes {

    private static final Logger LOG = Logger.getLogger(AuthorizationCodes.class);
    static final String PREFIX = "gha_";
    /** RFC 6749 §4.1.2 recommends at most 10 minutes; a browser redirect needs seconds. */
    static final Duration LIFETIME = Duration.ofSeconds(60);
    /**
     * How long a code's row outlives its expiry: long enough that a stolen code replayed late is still
     * recognised as a reuse (and revokes what the first redemption issued), short enough that the table stays small.
     */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final LoginSessions sessions;
    private final RefreshTokens refreshTokens;
    private final AuditLog audit;
    private final Clock clock;

    AuthorizationCodes(LoginSessions sessions, RefreshTokens refreshTokens, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new single-use code for {@code grant}; only its hash is stored. Purges rows long past their expiry. */
    @Transactional
    public String issue(CodeGrant grant) {
        String value = Secrets.generate(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AuthorizationCode.delete("expiresAt < ?1", now.minus(KEPT_AFTER_EXPIRY));
        AuthorizationCode code = new AuthorizationCode();
        code.codeHash = Secrets.hash(value);
        code.clientId = grant.clientId();
        code.redirectUri = grant.redirectUri();
        code.userId = grant.userId();
        code.sessionId = grant.sessionId();
        code.scope = grant.scope();
        code.nonce = grant.nonce();
        code.codeChallenge = grant.codeChallenge();
        code.createdAt = now;
        code.expiresAt = now.plus(LIFETIME);
        code.persist();
        return value;
    }

    /**
     * Redeems the code for {@code client} in the caller's transaction, its row locked (SELECT ... FOR UPDATE) so
     * two redemptions of one code run one after the other. A code already redeemed revokes the refresh family
     * its first redemption started (RFC 6749 §4.1.2); the caller's transaction must not roll that back.
     *
     * @throws TokenError invalid_grant, with one message for every reason: unknown, already redeemed, expired,
     *                    issued to another client, another redirect URI, a missing or wrong PKCE verifier (or one
     *                    sent for a code issued without a challenge), or its login session no longer active
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = TokenError.class)
    AuthorizationCode redeem(String value, Client client, String redirectUri, String verifier) {
        AuthorizationCode code = lock(value).orElseThrow(AuthorizationCodes::invalid);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (code.redeemedAt != null) {
            revokeWhatItIssued(code);
            throw invalid();
        }
        if (!now.isBefore(code.expiresAt) || !code.clientId.equals(client.clientId)
                || !code.redirectUri.equals(redirectUri) || !provesPossession(code, client, verifier)
                || sessions.active(code.sessionId).isEmpty()) {
            throw invalid();
        }
        code.redeemedAt = now;
        return code;
    }

    /**
     * RFC 7636 §4.6 with S256. Without a challenge no verifier may come (RFC 9700 §2.1.1: a verifier for a code
     * issued without a challenge is a PKCE downgrade), and a public client's code always has one.
     */
    private static boolean provesPossession(AuthorizationCode code, Client client, String verifier) {
        if (code.codeChallenge == null) {
            return verifier == null && client.type != ClientType.PUBLIC;
        }
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256(verifier));
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                code.codeChallenge.getBytes(StandardCharsets.US_ASCII));
    }

    private void revokeWhatItIssued(AuthorizationCode code) {
        LOG.warnf("Authorization code of client %s for user %s presented again: revoking its refresh family",
                code.clientId, code.userId);
        if (code.familyId != null) {
            refreshTokens.revokeFamily(code.familyId);
        }
        Map<String, Object> detail = new HashMap<>();
        detail.put("client_id", code.clientId);
        detail.put("session_id", code.sessionId);
        detail.put("family_id", code.familyId);
        audit.record(AuditType.CODE_REUSE_DETECTED, code.userId, detail);
    }

    /** Only values this service minted are looked up. */
    private static Optional<AuthorizationCode> lock(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        return AuthorizationCode.<AuthorizationCode>find("codeHash", (Object) Secrets.hash(value))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static TokenError invalid() {
        return TokenError.invalidGrant("The authorization code is invalid, expired or used, or does not match this request.");
    }
}

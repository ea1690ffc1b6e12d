package dev.gatehouse.auth;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.GrantType;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code grant_type=authorization_code} (RFC 6749 §4.1.3, RFC 7636 §4.5, OpenID Connect Core §3.1.3): the code
 * redeemed once, then an access token, a refresh token of the login session when the client may refresh, and
 * an ID token when the scope has {@code openid}.
 */
@ApplicationScoped
public class AuthorizationCodeGrant {

    static final String GRANT_TYPE = GrantType.AUTHORIZATION_CODE;

    private final AuthorizationCodes codes;
    private final LoginSessions sessions;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final IdTokens idTokens;
    private final AuditLog audit;

    AuthorizationCodeGrant(AuthorizationCodes codes, LoginSessions sessions, TokenIssuer issuer,
            RefreshTokens refreshTokens, IdTokens idTokens, AuditLog audit) {
        this.codes = codes;
        this.sessions = sessions;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.idTokens = idTokens;
        this.audit = audit;
    }

    /**
     * The tokens for the request's code, for {@code client}, which the caller authenticated (or, public,
     * identified). One transaction: the code is marked redeemed with the family it started, or not at all;
     * a reused code's revocation commits although the request fails.
     *
     * @throws TokenError unauthorized_client when the client may not use this grant; invalid_request without
     *                    {@code code} or {@code redirect_uri}; invalid_grant as {@link AuthorizationCodes#redeem}
     *                    says, or when the user is no longer active
     */
    @Transactional(dontRollbackOn = TokenError.class)
    public TokenResponse exchange(TokenRequest request, Client client) {
        if (!client.allows(GRANT_TYPE)) {
            throw TokenError.unauthorizedClient(GRANT_TYPE);
        }
        AuthorizationCode code = codes.redeem(TokenRequest.required(request.code(), "code"), client,
                TokenRequest.required(request.redirectUri(), "redirect_uri"), request.codeVerifier());
        User user = User.<User>findByIdOptional(code.userId).filter(u -> u.active)
                .orElseThrow(AuthorizationCodes::invalid);
        LoginSession session = sessions.active(code.sessionId).orElseThrow();
        TokenIssuer.IssuedToken access = issuer.issue(user, client.clientId, code.scope, session.authBackend);
        String refresh = null;
        if (client.allows(GrantType.REFRESH_TOKEN)) {
            RefreshTokens.IssuedRefreshToken issued = refreshTokens.issue(user, client.clientId, code.scope, session);
            code.familyId = issued.familyId();
            refresh = issued.value();
        }
        String idToken = UserClaims.scopes(code.scope).contains("openid")
                ? idTokens.issue(user, client.clientId, code.scope, session, code.nonce, access.value()) : null;
        audit.record(AuditType.CODE_REDEEMED, user.id, request.clientIp(), detail(code));
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), refresh, code.scope, idToken);
    }

    private static Map<String, Object> detail(AuthorizationCode code) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("client_id", code.clientId);
        detail.put("session_id", code.sessionId);
        detail.put("family_id", code.familyId);
        return detail;
    }
}

package dev.gatehouse.auth;

import dev.gatehouse.auth.backend.AccountLookup;
import dev.gatehouse.auth.backend.Authenticated;
import dev.gatehouse.auth.backend.AuthenticationChain;
import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.auth.backend.database.LoginConfig;
import dev.gatehouse.auth.throttle.Attempt;
import dev.gatehouse.auth.throttle.Lockout;
import dev.gatehouse.auth.throttle.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The one owner of a password login, whatever the front door (the token endpoint's password grant today):
 * throttle check, the authentication chain, the settled outcome with its audit, then the tokens. Each step
 * keeps its own transaction (the throttle's count commits before the slow hash; the chain holds none).
 */
@ApplicationScoped
public class LoginService {

    private final LoginThrottle throttle;
    private final AuthenticationChain chain;
    private final AccountLookup accounts;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final boolean requireVerifiedEmail;

    LoginService(LoginThrottle throttle, AuthenticationChain chain, AccountLookup accounts, TokenIssuer issuer,
            RefreshTokens refreshTokens, LoginConfig config) {
        this.throttle = throttle;
        this.chain = chain;
        this.accounts = accounts;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.requireVerifiedEmail = config.requireVerifiedEmail();
    }

    /**
     * Tokens for {@code clientId} with {@code scope} when the credentials log in, a refresh token only when
     * {@code refreshable} (the client may use the refresh grant); empty for every failure shape alike
     * (unknown user, wrong password, inactive user, denial), so none can be told apart.
     *
     * @throws Lockout with the wait when the account or the client address is locked
     */
    public Optional<TokenResponse> login(Credentials credentials, String clientId, String scope, boolean refreshable) {
        return authenticate(credentials, clientId).map(login -> tokens(login, clientId, scope, refreshable));
    }

    /**
     * The login without tokens, for the hosted login page, which starts a session instead: the same
     * throttle, chain, outcome and audit as {@link #login}.
     *
     * @throws Lockout with the wait when the account or the client address is locked
     */
    public Optional<Authenticated> authenticate(Credentials credentials, String clientId) {
        Attempt attempt = throttle.admit(credentials);
        // an exception here leaves the attempt counted as a failure: failing closed
        Optional<Authenticated> login = chain.authenticate(credentials).filter(this::mayLogIn);
        if (login.isPresent()) {
            throttle.succeeded(attempt, login.get(), clientId);
        } else {
            throttle.failed(attempt, namedUserId(credentials), clientId);
        }
        return login;
    }

    /**
     * The policy {@code gatehouse.login.require-verified-email}: an unverified user's login fails like a wrong
     * password (same answer, counted by the throttle), so the login reveals neither the account nor its state.
     */
    private boolean mayLogIn(Authenticated login) {
        return !requireVerifiedEmail || login.user().emailVerified;
    }

    /** Whom the failed login named, for the audit: the database backend's lookup when it ran, else the same one now. */
    private UUID namedUserId(Credentials credentials) {
        return accounts.find(credentials).map(user -> user.id).orElse(null);
    }

    private TokenResponse tokens(Authenticated login, String clientId, String scope, boolean refreshable) {
        TokenIssuer.IssuedToken access = issuer.issue(login.user(), clientId, scope, login.backend());
        String refresh = refreshable ? refreshTokens.issue(login.user(), clientId, scope, login.backend()) : null;
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), refresh, scope);
    }
}

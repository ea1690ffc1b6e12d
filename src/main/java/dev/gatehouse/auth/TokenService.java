package dev.gatehouse.auth;

import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientService;
import dev.gatehouse.auth.client.ClientType;
import dev.gatehouse.auth.client.GrantType;
import dev.gatehouse.auth.throttle.Lockout;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The OAuth 2.0 grants of {@code POST /auth/token}: it picks the grant; a password login is {@link LoginService}'s. */
@ApplicationScoped
public class TokenService {

    static final String CLIENT_BACKEND = "client";

    private final LoginService logins;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final ClientService clients;
    private final Scopes scopes;
    private final AuthorizationCodeGrant codeGrant;

    TokenService(LoginService logins, TokenIssuer issuer, RefreshTokens refreshTokens, ClientService clients,
            Scopes scopes, AuthorizationCodeGrant codeGrant) {
        this.codeGrant = codeGrant;
        this.logins = logins;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.scopes = scopes;
    }

    /** @throws TokenError for every failure, in RFC 6749 terms */
    public TokenResponse token(TokenRequest request) {
        String grantType = TokenRequest.required(request.grantType(), "grant_type");
        return switch (grantType) {
            case AuthorizationCodeGrant.GRANT_TYPE -> codeGrant.exchange(request, codeClient(request));
            case "password" -> password(request);
            case "refresh_token" -> refresh(request);
            case "client_credentials" -> clientCredentials(request);
            default -> throw TokenError.unsupportedGrantType();
        };
    }

    /** The legacy grant (RFC 9700 §2.4): only for a client whose grant types include it, checked before any password. */
    private TokenResponse password(TokenRequest request) {
        Client client = clientFor(request, GrantType.PASSWORD);
        Credentials credentials = new Credentials(TokenRequest.required(request.username(), "username"),
                TokenRequest.requiredPassword(request.password()), request.clientIp());
        String scope = scopes.grant(request.scope());
        return login(credentials, client, scope)
                .orElseThrow(() -> TokenError.invalidGrant("The username or password is incorrect."));
    }

    /**
     * The login's tokens, a refresh token only for a client that may refresh; a lockout becomes 429
     * {@code temporarily_unavailable} with its wait.
     */
    private Optional<TokenResponse> login(Credentials credentials, Client client, String scope) {
        try {
            return logins.login(credentials, client.clientId, scope, client.allows(GrantType.REFRESH_TOKEN));
        } catch (Lockout lockout) {
            throw TokenError.throttled(lockout.retryAfterSeconds());
        }
    }

    private TokenResponse refresh(TokenRequest request) {
        PresentingClient client = new PresentingClient(clientFor(request, GrantType.REFRESH_TOKEN).clientId);
        RefreshTokens.Rotation rotation = refreshTokens.rotate(
                TokenRequest.required(request.refreshToken(), "refresh_token"), client, request.scope());
        TokenIssuer.IssuedToken access = issuer.issue(rotation.user(), rotation.clientId(), rotation.scope(),
                rotation.authBackend());
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), rotation.refreshToken(), rotation.scope());
    }

    /** Only a service client acts as itself; a client that logs people in has no account to act as. */
    private TokenResponse clientCredentials(TokenRequest request) {
        Client client = authenticatedClient(request);
        if (client.type != ClientType.SERVICE || !client.allows(GrantType.CLIENT_CREDENTIALS)) {
            throw TokenError.unauthorizedClient(GrantType.CLIENT_CREDENTIALS);
        }
        String scope = scopes.grant(request.scope());
        TokenIssuer.IssuedToken access = issuer.issue(client.user, client.clientId, scope, CLIENT_BACKEND);
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), null, scope);
    }

    /**
     * RFC 7009 revocation of a refresh token (and its family) by the client it was issued to.
     *
     * @throws TokenError invalid_client when client credentials are given and wrong, or a confidential
     *                    client is named without them
     */
    public void revoke(TokenRequest request, String token) {
        refreshTokens.revoke(token, new PresentingClient(presentingClient(request).clientId));
    }

    /**
     * The presenting client, when it may use {@code grantType} (RFC 6749 §5.2: checked once the client is
     * known, before anything of the grant).
     *
     * @throws TokenError invalid_client as {@link #presentingClient}; unauthorized_client for a grant type
     *                    the client does not list
     */
    Client clientFor(TokenRequest request, String grantType) {
        Client client = presentingClient(request);
        if (!client.allows(grantType)) {
            throw TokenError.unauthorizedClient(grantType);
        }
        return client;
    }

    /**
     * Who makes the request: a client with its secret, a public client named by {@code client_id}, or, when
     * none is named, {@link Client#WEB_CLIENT_ID} (as before clients had types). A confidential or service
     * client named without its secret is refused, not taken as public.
     *
     * @throws TokenError invalid_client for a wrong secret, an unknown client, or a client with a secret named
     *                    without it
     */
    private Client presentingClient(TokenRequest request) {
        if (request.clientSecret() != null) {
            return authenticatedClient(request);
        }
        String clientId = request.clientId() == null ? Client.WEB_CLIENT_ID : request.clientId();
        return clients.find(clientId).filter(Client::isPublic).orElseThrow(TokenError::invalidClient);
    }

    /**
     * The client of a code exchange: a confidential client with its secret, or a public client by its id alone
     * (RFC 6749 §4.1.3). A public client that sends a secret, or a confidential one without, is invalid_client.
     */
    private Client codeClient(TokenRequest request) {
        if (request.clientSecret() != null) {
            return authenticatedClient(request);
        }
        return clients.find(request.clientId()).filter(Client::isPublic).orElseThrow(TokenError::invalidClient);
    }

    /** @throws TokenError invalid_client unless id and secret match an active client */
    Client authenticatedClient(TokenRequest request) {
        if (request.clientId() == null || request.clientSecret() == null) {
            throw TokenError.invalidClient();
        }
        return clients.authenticate(request.clientId(), request.clientSecret()).orElseThrow(TokenError::invalidClient);
    }
}

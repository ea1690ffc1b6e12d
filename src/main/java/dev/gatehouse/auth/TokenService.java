package dev.gatehouse.auth;

import dev.gatehouse.auth.backend.Credentials;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientService;
import dev.gatehouse.auth.client.ClientType;
import dev.gatehouse.auth.throttle.Lockout;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
    private final List<String> publicClients;
    private final AuthorizationCodeGrant codeGrant;

    TokenService(LoginService logins, TokenIssuer issuer, RefreshTokens refreshTokens, ClientService clients,
            Scopes scopes, TokenConfig config, AuthorizationCodeGrant codeGrant) {
        this.codeGrant = codeGrant;
        this.logins = logins;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.scopes = scopes;
        this.publicClients = List.copyOf(config.publicClients());
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

    private TokenResponse password(TokenRequest request) {
        String clientId = client(request);
        Credentials credentials = new Credentials(TokenRequest.required(request.username(), "username"),
                TokenRequest.requiredPassword(request.password()), request.clientIp());
        String scope = scopes.grant(request.scope());
        return login(credentials, clientId, scope)
                .orElseThrow(() -> TokenError.invalidGrant("The username or password is incorrect."));
    }

    /** The login's tokens; a lockout becomes 429 {@code temporarily_unavailable} with its wait. */
    private Optional<TokenResponse> login(Credentials credentials, String clientId, String scope) {
        try {
            return logins.login(credentials, clientId, scope);
        } catch (Lockout lockout) {
            throw TokenError.throttled(lockout.retryAfterSeconds());
        }
    }

    private TokenResponse refresh(TokenRequest request) {
        PresentingClient client = presentingClient(request);
        RefreshTokens.Rotation rotation = refreshTokens.rotate(
                TokenRequest.required(request.refreshToken(), "refresh_token"), client, request.scope());
        TokenIssuer.IssuedToken access = issuer.issue(rotation.user(), rotation.clientId(), rotation.scope(),
                rotation.authBackend());
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), rotation.refreshToken(), rotation.scope());
    }

    private TokenResponse clientCredentials(TokenRequest request) {
        Client client = authenticatedClient(request);
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
        refreshTokens.revoke(token, presentingClient(request));
    }

    /**
     * Who presents a refresh token: a confidential client with its secret, a named public client, or
     * nobody named. A confidential client named without its secret is refused, not taken as public.
     */
    private PresentingClient presentingClient(TokenRequest request) {
        if (request.clientSecret() != null) {
            return new PresentingClient(authenticatedClient(request).clientId, publicClients);
        }
        if (request.clientId() != null && !publicClients.contains(request.clientId())) {
            throw TokenError.invalidClient();
        }
        return new PresentingClient(request.clientId(), publicClients);
    }

    /**
     * The client of a password request: a confidential client with its secret, or a
     * configured public client (the first one when none is named).
     */
    private String client(TokenRequest request) {
        if (request.clientSecret() != null) {
            return authenticatedClient(request).clientId;
        }
        if (request.clientId() == null) {
            return publicClients.get(0);
        }
        if (!publicClients.contains(request.clientId())) {
            throw TokenError.invalidClient();
        }
        return request.clientId();
    }

    /**
     * The client of a code exchange: a confidential client with its secret, or a public client by its id alone
     * (RFC 6749 §4.1.3). A public client that sends a secret, or a confidential one without, is invalid_client.
     */
    private Client codeClient(TokenRequest request) {
        if (request.clientSecret() != null) {
            return authenticatedClient(request);
        }
        return clients.find(request.clientId()).filter(c -> c.type == ClientType.PUBLIC)
                .orElseThrow(TokenError::invalidClient);
    }

    /** @throws TokenError invalid_client unless id and secret match an active client */
    Client authenticatedClient(TokenRequest request) {
        if (request.clientId() == null || request.clientSecret() == null) {
            throw TokenError.invalidClient();
        }
        return clients.authenticate(request.clientId(), request.clientSecret()).orElseThrow(TokenError::invalidClient);
    }
}

package dev.gatehouse.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gatehouse.user.User;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * RFC 7662 introspection: lets a service learn that a token was revoked or its user deactivated
 * before the access token expires. Any failure is {@code {"active": false}}, never an error.
 */
@ApplicationScoped
public class Introspection {

    private static final Result INACTIVE = new Result(false, null, null, null, null, null, null, null, null, null);

    private final AccessTokenVerifier verifier;
    private final RefreshTokens refreshTokens;
    private final TokenConfig config;

    Introspection(AccessTokenVerifier verifier, RefreshTokens refreshTokens, TokenConfig config) {
        this.verifier = verifier;
        this.refreshTokens = refreshTokens;
        this.config = config;
    }

    @Transactional
    public Result introspect(String token) {
        if (token == null || token.isBlank()) {
            return INACTIVE;
        }
        return RefreshTokens.isOurs(token) ? refresh(token) : access(token);
    }

    private Result access(String token) {
        try {
            JWTCallerPrincipal jwt = verifier.verify(token);
            User user = User.findById(UUID.fromString(jwt.getSubject()));
            if (user == null || !user.active) {
                return INACTIVE;
            }
            return new Result(true, jwt.getClaim("scope"), jwt.getClaim("client_id"), user.email, "access_token",
                    jwt.getExpirationTime(), jwt.getIssuedAtTime(), jwt.getSubject(), config.audience(), config.issuer());
        } catch (ParseException | IllegalArgumentException e) {
            return INACTIVE;
        }
    }

    private Result refresh(String token) {
        return refreshTokens.findActive(token)
                .map(t -> new Result(true, t.scope, t.clientId, null, "refresh_token", t.expiresAt.toEpochSecond(),
                        t.issuedAt.toEpochSecond(), t.userId.toString(), null, config.issuer()))
                .orElse(INACTIVE);
    }

    /** The RFC 7662 response; an inactive token shows nothing but {@code active}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(boolean active, String scope, String clientId, String username, String tokenType, Long exp,
            Long iat, String sub, String aud, String iss) {}
}

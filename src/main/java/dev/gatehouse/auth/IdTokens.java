package dev.gatehouse.auth;

import dev.gatehouse.auth.key.SigningKeys;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.user.User;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Signs OpenID Connect ID tokens (Core §2, §3.1.3.6): RS256 with the current {@link SigningKeys} key, header
 * {@code typ: JWT}, so no ID token passes as an access token ({@code at+jwt}, AccessTokenVerifier) nor the
 * other way round. The audience is the client, not Gatehouse's API; the token lives as long as an access token.
 */
@ApplicationScoped
public class IdTokens {

    static final String TYPE = "JWT";

    private final SigningKeys keys;
    private final TokenConfig config;
    private final Clock clock;

    IdTokens(SigningKeys keys, TokenConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The ID token of a login in {@code session} for {@code clientId}, with the claims {@code scope} releases,
     * the {@code nonce} of the authorization request (when it had one) and the {@code at_hash} of the access
     * token issued beside it.
     */
    public String issue(User user, String clientId, String scope, LoginSession session, String nonce,
            String accessToken) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .subject(user.id.toString())
                .audience(clientId)
                .claim("azp", clientId)
                .issuedAt(now)
                .expiresAt(now.plus(config.accessLifetime()))
                .claim("auth_time", session.authTime.toEpochSecond())
                .claim("sid", session.id.toString())
                .claim("amr", amr(session))
                .claim("at_hash", atHash(accessToken));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        UserClaims.of(user, UserClaims.scopes(scope)).forEach(claims::claim);
        return claims.jws().keyId(keys.keyId()).type(TYPE).algorithm(SignatureAlgorithm.RS256).sign(keys.signingKey());
    }

    /** Core §3.1.3.6: base64url of the left half of the SHA-256 of the access token's ASCII (RS256 uses SHA-256). */
    static String atHash(String accessToken) {
        byte[] digest = Secrets.sha256(accessToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
    }

    private static List<String> amr(LoginSession session) {
        return Arrays.stream(session.amr.strip().split("\\s+")).filter(m -> !m.isEmpty()).toList();
    }
}

package dev.gatehouse.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.gatehouse.auth.key.SigningKeys;
import dev.gatehouse.security.Secrets;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies bearer tokens for SmallRye JWT against this service's own keys (which may be ephemeral, so
 * they cannot come from static {@code mp.jwt.*} properties). Pins RS256, issuer and audience, and
 * accepts only {@code typ: at+jwt}, so no other JWT passes as an access token (RFC 8725 §3.11-3.12).
 *
 * <p>A token that passed is remembered until it expires, so a client's next requests skip the RSA
 * verification and the claims parsing: the profile of {@code GET /users/{id}} showed them at over a third
 * of the service's CPU (bench/README.md). Only tokens that passed every check are kept, keyed by their
 * SHA-256 so a lookup never compares a presented token with a stored one character by character, and an
 * entry lives no longer than the check it stands for ({@code exp} plus the same clock skew).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AccessTokenVerifier extends JWTCallerPrincipalFactory {

    private final JWTAuthContextInfo context;
    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();
    private final Cache<String, Verified> verified;

    /** A verified token's principal and when it stops being valid, in epoch seconds with the skew. */
    record Verified(JWTCallerPrincipal principal, long validUntil) {}

    AccessTokenVerifier(SigningKeys keys, TokenConfig config) {
        context = new JWTAuthContextInfo();
        context.setPublicKeyContent(keys.jwksJson());
        context.setIssuedBy(config.issuer());
        context.setExpectedAudience(Set.of(config.audience()));
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        context.setRequiredClaims(Set.of("sub", "exp", "iat", "jti"));
        verified = Caffeine.newBuilder().maximumSize(config.verifiedCacheSize()).expireAfter(untilInvalid()).build();
    }

    /** Each entry expires when its token stops passing verification: {@code exp} plus the clock skew. */
    static Expiry<String, Verified> untilInvalid() {
        return Expiry.creating((key, entry) ->
                Duration.ofSeconds(Math.max(0, entry.validUntil() - System.currentTimeMillis() / 1000)));
    }

    /** Ignores the configured context on purpose: only this service's keys and rules apply. */
    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ignored) throws ParseException {
        return verify(token);
    }

    /** The verified access token's principal. @throws ParseException for any token that is not ours and valid */
    public JWTCallerPrincipal verify(String token) throws ParseException {
        String key = digest(token);
        Verified known = verified.getIfPresent(key);
        if (known != null) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifyOnce(token);
        verified.put(key, new Verified(principal, principal.getExpirationTime() + context.getClockSkew()));
        return principal;
    }

    private JWTCallerPrincipal verifyOnce(String token) throws ParseException {
        JwtContext jwt = parser.parse(token, context);
        String type = jwt.getJoseObjects().get(0).getHeader("typ");
        if (!TokenIssuer.TYPE.equals(type)) {
            throw new ParseException("Not an access token");
        }
        return new DefaultJWTCallerPrincipal("JWT", jwt.getJwtClaims());
    }

    private static String digest(String token) {
        return Base64.getEncoder().encodeToString(Secrets.sha256(token));
    }
}

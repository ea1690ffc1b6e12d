package dev.gatehouse.auth;

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
import java.util.Set;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies bearer tokens for SmallRye JWT against this service's own keys (which may be ephemeral, so
 * they cannot come from static {@code mp.jwt.*} properties). Pins RS256, issuer and audience, and
 * accepts only {@code typ: at+jwt}, so no other JWT passes as an access token (RFC 8725 §3.11-3.12).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AccessTokenVerifier extends JWTCallerPrincipalFactory {

    private final JWTAuthContextInfo context;
    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

    AccessTokenVerifier(SigningKeys keys, TokenConfig config) {
        context = new JWTAuthContextInfo();
        context.setPublicKeyContent(keys.jwksJson());
        context.setIssuedBy(config.issuer());
        context.setExpectedAudience(Set.of(config.audience()));
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        context.setRequiredClaims(Set.of("sub", "exp", "iat", "jti"));
    }

    /** Ignores the configured context on purpose: only this service's keys and rules apply. */
    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ignored) throws ParseException {
        return verify(token);
    }

    /** The verified access token's principal. @throws ParseException for any token that is not ours and valid */
    public JWTCallerPrincipal verify(String token) throws ParseException {
        JwtContext jwt = parser.parse(token, context);
        String type = jwt.getJoseObjects().get(0).getHeader("typ");
        if (!TokenIssuer.TYPE.equals(type)) {
            throw new ParseException("Not an access token");
        }
        return new DefaultJWTCallerPrincipal("JWT", jwt.getJwtClaims());
    }
}

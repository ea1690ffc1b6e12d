package dev.gatehouse.testsupport;

import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.auth.key.SigningKeys;
import io.quarkus.arc.Arc;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;

/**
 * ID tokens to use as an {@code id_token_hint}: signed with the service's own key as the token endpoint signs
 * them ({@link #of}), long expired ({@code exp} an hour ago, which a hint may be), or forged: another key, another
 * issuer, an access token's {@code typ}.
 */
public final class Hints {

    private Hints() {}

    /** A genuine ID token of {@code subject}'s login in session {@code sid} at {@code clientId}, expired. */
    public static String of(String subject, String clientId, UUID sid) {
        return claims(issuer(), subject, clientId, sid).jws().keyId(keys().keyId()).algorithm(SignatureAlgorithm.RS256)
                .sign(keys().signingKey());
    }

    /** The same claims signed with a key that is not Gatehouse's, under Gatehouse's key id. */
    public static String forged(String subject, String clientId, UUID sid) {
        return claims(issuer(), subject, clientId, sid).jws().keyId(keys().keyId()).algorithm(SignatureAlgorithm.RS256)
                .sign(otherKey());
    }

    /** Signed with Gatehouse's key, but naming another issuer. */
    public static String fromIssuer(String issuer, String subject, String clientId, UUID sid) {
        return claims(issuer, subject, clientId, sid).jws().keyId(keys().keyId()).algorithm(SignatureAlgorithm.RS256)
                .sign(keys().signingKey());
    }

    /** Gatehouse's key and claims, but typed as an access token, which is no ID token. */
    public static String accessTokenTyped(String subject, String clientId, UUID sid) {
        return claims(issuer(), subject, clientId, sid).jws().keyId(keys().keyId()).type("at+jwt")
                .algorithm(SignatureAlgorithm.RS256).sign(keys().signingKey());
    }

    private static JwtClaimsBuilder claims(String issuer, String subject, String clientId, UUID sid) {
        Instant issued = Instant.now().minusSeconds(7200);
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject).audience(clientId).issuedAt(issued)
                .expiresAt(issued.plusSeconds(3600)).claim("auth_time", issued.getEpochSecond());
        return sid == null ? claims : claims.claim("sid", sid.toString());
    }

    private static String issuer() {
        return Arc.container().instance(TokenConfig.class).get().issuer();
    }

    private static SigningKeys keys() {
        return Arc.container().instance(SigningKeys.class).get();
    }

    private static PrivateKey otherKey() {
        try {
            return KeyUtils.generateKeyPair(2048).getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

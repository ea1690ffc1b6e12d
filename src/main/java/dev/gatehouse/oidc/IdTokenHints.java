package dev.gatehouse.oidc;

import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.auth.TokenIssuer;
import dev.gatehouse.auth.key.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies the {@code id_token_hint} of a logout request (OpenID Connect RP-Initiated Logout 1.0 §2): an ID
 * token this service signed (RS256 only, with one of the published keys) and issued ({@code iss}). Its expiry
 * is not checked on purpose: a hint stands for a login, and an RP keeps its ID token long after {@code exp}
 * (§2: the OP SHOULD accept expired ones). An access token ({@code typ: at+jwt}) is not an ID token
 * (RFC 8725 §3.11). Any failure is one empty answer, logged without the token.
 */
@ApplicationScoped
public class IdTokenHints {

    private static final Logger LOG = Logger.getLogger(IdTokenHints.class);
    /** Far above any ID token of ours; a longer value is refused before parsing. */
    static final int MAX_LENGTH = 16_384;

    private final JwtConsumer consumer;
    private final String issuer;

    IdTokenHints(SigningKeys keys, TokenConfig config) {
        this.issuer = config.issuer();
        try {
            JsonWebKeySet published = new JsonWebKeySet(keys.jwksJson());
            this.consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(published.getJsonWebKeys()))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setSkipAllDefaultValidators() // exp, nbf and aud: not required of a hint; iss checked below
                    .build();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot read the published keys", e);
        }
    }

    /** The hint's subject, client and session when it is an ID token of ours; empty for anything else. */
    public Optional<VerifiedHint> verify(String hint) {
        if (hint == null || hint.isEmpty() || hint.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            JwtContext jwt = consumer.process(hint);
            if (TokenIssuer.TYPE.equalsIgnoreCase(jwt.getJoseObjects().get(0).getHeader("typ"))) {
                return Optional.empty();
            }
            return read(jwt.getJwtClaims());
        } catch (Exception e) { // InvalidJwtException, MalformedClaimException, IllegalArgumentException
            LOG.debugf("An id_token_hint failed verification: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Optional<VerifiedHint> read(JwtClaims claims) throws MalformedClaimException {
        if (!issuer.equals(claims.getIssuer()) || claims.getSubject() == null) {
            return Optional.empty();
        }
        UUID subject = UUID.fromString(claims.getSubject());
        UUID session = sessionOf(claims);
        return clientOf(claims).map(client -> new VerifiedHint(subject, client, session));
    }

    /** The client the token was issued to: its one audience, or with several, {@code azp} (OIDC Core §2). */
    private static Optional<String> clientOf(JwtClaims claims) throws MalformedClaimException {
        List<String> audience = claims.getAudience();
        if (audience.size() == 1) {
            return Optional.of(audience.get(0));
        }
        String azp = claims.getStringClaimValue("azp");
        return azp != null && audience.contains(azp) ? Optional.of(azp) : Optional.empty();
    }

    private static UUID sessionOf(JwtClaims claims) throws MalformedClaimException {
        String sid = claims.getStringClaimValue("sid");
        try {
            return sid == null ? null : UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return null; // a session name not of ours names no session to end
        }
    }

    /** What a verified hint says: whose login, for which client, in which session ({@code sid}, may be null). */
    public record VerifiedHint(UUID subject, String clientId, UUID sessionId) {}
}

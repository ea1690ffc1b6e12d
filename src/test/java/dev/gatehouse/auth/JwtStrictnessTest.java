package dev.gatehouse.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.auth.key.SigningKeys;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 8725 attacks on bearer tokens, each against {@code GET /users/{id}}: the control token, made the
 * same way from a real token's claims and signed with the service's own key, is accepted, so every 401
 * below is the verifier's doing and not a broken forgery.
 */
@QuarkusTest
class JwtStrictnessTest {

    @Inject
    SigningKeys keys;

    private JwtClaims claims;

    @BeforeEach
    void copyClaimsOfARealAdminToken() throws Exception {
        String real = Tokens.admin();
        String payload = new String(Base64.getUrlDecoder().decode(real.split("\\.")[1]), StandardCharsets.UTF_8);
        claims = JwtClaims.parse(payload);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
    }

    @Test
    void theControlTokenSignedWithOurKeyIsAccepted() throws Exception {
        get(sign(claims, jws -> {})).statusCode(200);
    }

    @Test
    void algNoneIsRefused() throws Exception {
        JsonWebSignature jws = jws(claims);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        refused(jws.getCompactSerialization());
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        JsonWebSignature jws = jws(claims);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        byte[] publicKey = new JsonWebKeySet(keys.jwksJson()).getJsonWebKeys().get(0).getKey().getEncoded();
        jws.setKey(new HmacKey(publicKey));
        jws.setDoKeyValidation(false);
        refused(jws.getCompactSerialization());
    }

    @Test
    void anUnknownKidIsRefused() throws Exception {
        refused(sign(claims, jws -> jws.setKeyIdHeaderValue("not-a-key-of-ours")));
    }

    @Test
    void aWrongIssuerIsRefused() throws Exception {
        claims.setIssuer("https://evil.example.org");
        refused(sign(claims, jws -> {}));
    }

    @Test
    void aWrongAudienceIsRefused() throws Exception {
        claims.setAudience("another-service");
        refused(sign(claims, jws -> {}));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
        refused(sign(claims, jws -> {}));
    }

    @Test
    void aTokenNotValidBeforeAFutureTimeIsRefused() throws Exception {
        claims.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + 600));
        refused(sign(claims, jws -> {}));
    }

    @Test
    void aTamperedPayloadWithTheOriginalSignatureIsRefused() throws Exception {
        String[] parts = sign(claims, jws -> {}).split("\\.");
        claims.setSubject("00000000-0000-0000-0000-000000000001");
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));
        refused(parts[0] + "." + forged + "." + parts[2]);
    }

    /** Accepted tokens are remembered (AccessTokenVerifier); a remembered one must not vouch for a near copy. */
    @Test
    void copiesOfAnAcceptedTokenWithAnyPartChangedAreRefused() throws Exception {
        String accepted = sign(claims, jws -> {});
        get(accepted).statusCode(200);
        String[] parts = accepted.split("\\.");
        refused(parts[0] + "." + parts[1] + "." + withMiddleCharacterChanged(parts[2]));
        String subject = claims.getSubject();
        claims.setSubject("00000000-0000-0000-0000-000000000001");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        claims.setSubject(subject);
        refused(accepted + "x");
        get(accepted).statusCode(200);
    }

    /**
     * The middle character, not the last: the last base64url character of a 256-byte signature carries
     * only two bits, and changing it within A-P changes no decoded byte, so such a copy is the same
     * signature and rightly accepted.
     */
    private static String withMiddleCharacterChanged(String part) {
        int middle = part.length() / 2;
        char changed = part.charAt(middle) == 'A' ? 'B' : 'A';
        return part.substring(0, middle) + changed + part.substring(middle + 1);
    }

    @Test
    void aRefreshTokenUsedAsBearerIsRefused() {
        refused(Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD).path("refresh_token"));
    }

    @Test
    void aTokenWithoutTypAtJwtIsRefused() throws Exception {
        JsonWebSignature untyped = new JsonWebSignature();
        untyped.setPayload(claims.toJson());
        untyped.setKeyIdHeaderValue(keys.keyId());
        untyped.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        untyped.setKey(keys.signingKey());
        refused(untyped.getCompactSerialization());
        refused(sign(claims, jws -> jws.setHeader(HeaderParameterNames.TYPE, "JWT")));
    }

    private String sign(JwtClaims body, Consumer<JsonWebSignature> tweak) throws JoseException {
        JsonWebSignature jws = jws(body);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(keys.signingKey());
        tweak.accept(jws);
        return jws.getCompactSerialization();
    }

    private JsonWebSignature jws(JwtClaims body) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(body.toJson());
        jws.setKeyIdHeaderValue(keys.keyId());
        jws.setHeader(HeaderParameterNames.TYPE, TokenIssuer.TYPE);
        return jws;
    }

    private ValidatableResponse get(String token) throws Exception {
        return given().auth().oauth2(token).when().get("/users/" + claims.getSubject()).then();
    }

    private void refused(String token) {
        try {
            get(token).statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

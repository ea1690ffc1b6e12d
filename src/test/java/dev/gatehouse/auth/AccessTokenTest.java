package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.auth.key.SigningKeys;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** Verifies issued tokens the way a client would: through the published JWKS, with jose4j. */
@QuarkusTest
class AccessTokenTest {

    @Inject
    SigningKeys keys;

    /** A client's verifier: keys from /.well-known/jwks.json, RS256, issuer and audience pinned. */
    private static JwtConsumer clientVerifier() throws Exception {
        String jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("http://localhost:8080")
                .setExpectedAudience("gatehouse")
                .setExpectedType(true, "at+jwt")
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId().setRequireSubject()
                .build();
    }

    @Test
    void adminTokenVerifiesThroughPublishedJwksWithRfc9068Claims() throws Exception {
        String token = Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD).path("access_token");
        JwtClaims claims = clientVerifier().processToClaims(token);
        JsonWebStructure header = JsonWebStructure.fromCompactSerialization(token);
        assertEquals("RS256", header.getAlgorithmHeaderValue());
        assertEquals("at+jwt", header.getHeader("typ"));
        assertEquals(keys.keyId(), header.getKeyIdHeaderValue());
        assertEquals(600, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertEquals("gatehouse-web", claims.getStringClaimValue("client_id"));
        assertEquals("openid profile email", claims.getStringClaimValue("scope"));
        assertEquals(Tokens.ADMIN_EMAIL, claims.getStringClaimValue("upn"));
        assertEquals(Tokens.ADMIN_EMAIL, claims.getStringClaimValue("email"));
        assertEquals("settings", claims.getStringClaimValue("auth_backend"));
        assertTrue(claims.getStringListClaimValue("groups").containsAll(List.of("staff", "superuser")));
        assertNotNull(java.util.UUID.fromString(claims.getSubject()));
    }

    @Test
    void plainUserTokenHasDatabaseBackendAndNoRoles() throws Exception {
        var user = aUser();
        String id = user.with("password", "a long enough password").create();
        String token = Tokens.passwordGrant(user.email(), "a long enough password").path("access_token");
        JwtClaims claims = clientVerifier().processToClaims(token);
        assertEquals(id, claims.getSubject());
        assertEquals("database", claims.getStringClaimValue("auth_backend"));
        assertEquals(List.of(), claims.getStringListClaimValue("groups"));
        assertEquals(null, claims.getClaimValue("groups_truncated"));
    }

    @Test
    void refreshTokenIsNotAJwtAndFailsClientVerification() {
        String refresh = Tokens.passwordGrant(Tokens.ADMIN_EMAIL, Tokens.ADMIN_PASSWORD).path("refresh_token");
        assertThrows(InvalidJwtException.class, () -> clientVerifier().processToClaims(refresh));
    }

    @Test
    void tokenSignedByOurKeyButNotTypedAtJwtIsRejected() {
        String idLike = Jwt.issuer("http://localhost:8080").audience("gatehouse").subject(java.util.UUID.randomUUID().toString())
                .upn("x@example.org").claim("jti", "x").jws().keyId(keys.keyId()).type("JWT")
                .algorithm(SignatureAlgorithm.RS256).sign(keys.signingKey());
        given().auth().oauth2(idLike).when().get("/users?limit=1").then().statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyOrForAnotherAudienceIsRejected() throws Exception {
        String foreign = Jwt.issuer("http://localhost:8080").audience("gatehouse").subject(java.util.UUID.randomUUID().toString())
                .upn("x@example.org").claim("jti", "x").jws().keyId(keys.keyId()).type("at+jwt")
                .algorithm(SignatureAlgorithm.RS256).sign(KeyUtils.generateKeyPair(2048).getPrivate());
        given().auth().oauth2(foreign).when().get("/users?limit=1").then().statusCode(401);
        String otherAudience = Jwt.issuer("http://localhost:8080").audience("someone-else")
                .subject(java.util.UUID.randomUUID().toString()).upn("x@example.org").claim("jti", "x")
                .jws().keyId(keys.keyId()).type("at+jwt").algorithm(SignatureAlgorithm.RS256).sign(keys.signingKey());
        given().auth().oauth2(otherAudience).when().get("/users?limit=1").then().statusCode(401);
    }

    @Test
    void jwksPublishesOnlyPublicRsaKeys() {
        Map<String, Object> key = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().path("keys[0]");
        assertEquals("RSA", key.get("kty"));
        assertEquals("RS256", key.get("alg"));
        assertEquals("sig", key.get("use"));
        assertTrue(!key.containsKey("d") && !key.containsKey("p"), "no private parts");
    }
}

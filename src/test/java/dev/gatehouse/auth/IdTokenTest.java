package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.Codes.aCode;
import static dev.gatehouse.testsupport.OidcClients.aConfidentialClient;
import static dev.gatehouse.testsupport.OidcClients.aPublicClient;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.gatehouse.session.LoginSession;
import dev.gatehouse.testsupport.Codes.IssuedCode;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.testsupport.RelyingPartyProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ID token (OpenID Connect Core §2, §3.1.3.7), validated the way a relying party does: Nimbus'
 * IDTokenValidator against the JWKS the discovery document names, with the expected issuer, client and nonce.
 */
@QuarkusTest
@TestProfile(RelyingPartyProfile.class)
class IdTokenTest {

    @Test
    void theIdTokenValidatesAgainstThePublishedKeysAndCarriesTheLoginAndTheScopesClaims() throws Exception {
        OidcClient client = aPublicClient();
        String user = aUser().with("first_name", "Ada").with("last_name", "Lovelace").create();
        IssuedCode code = aCode(client).forUser(user).issue();
        JsonPath tokens = code.redeem().statusCode(200).extract().jsonPath();

        IDTokenClaimsSet claims = validator(client).validate(SignedJWT.parse(tokens.getString("id_token")),
                new Nonce(code.nonce()));

        LoginSession session = QuarkusTransaction.requiringNew()
                .call(() -> LoginSession.<LoginSession>findById(code.sessionId()));
        assertEquals(user, claims.getSubject().getValue());
        assertEquals(List.of(client.clientId()), claims.getAudience().stream().map(a -> a.getValue()).toList());
        assertEquals(client.clientId(), claims.getAuthorizedParty().getValue());
        assertEquals(session.authTime.toEpochSecond(), claims.getAuthenticationTime().getTime() / 1000);
        assertEquals(code.sessionId().toString(), claims.getStringClaim("sid"));
        assertEquals(List.of("pwd"), claims.getStringListClaim("amr"));
        assertTrue(claims.getStringClaim("email").endsWith("@example.org"));
        assertEquals(Boolean.FALSE, claims.getBooleanClaim("email_verified"));
        assertEquals("Ada Lovelace", claims.getStringClaim("name"));
        assertEquals("Ada", claims.getStringClaim("given_name"));
        assertEquals("Lovelace", claims.getStringClaim("family_name"));
        assertTrue(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime() <= 600_000);
        AccessTokenValidator.validate(new BearerAccessToken(tokens.getString("access_token")), JWSAlgorithm.RS256,
                claims.getAccessTokenHash());
    }

    @Test
    void theHeaderNamesTheKeyAndTheTypeJwtSoItIsNoAccessToken() throws Exception {
        OidcClient client = aConfidentialClient();
        String idToken = aCode(client).forUser(aUser().create()).issue().redeem().statusCode(200)
                .extract().path("id_token");
        SignedJWT jwt = SignedJWT.parse(idToken);

        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        String kid = given().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        assertEquals(kid, jwt.getHeader().getKeyID());
        given().auth().oauth2(idToken).get("/users/me").then().statusCode(401);
    }

    @Test
    void aRelyingPartyRefusesTheTokenForAnotherNonceOrAnotherClient() {
        OidcClient client = aPublicClient();
        IssuedCode code = aCode(client).forUser(aUser().create()).issue();
        String idToken = code.redeem().statusCode(200).extract().path("id_token");

        assertThrows(BadJOSEException.class, () -> validator(client).validate(SignedJWT.parse(idToken), new Nonce("other")));
        assertThrows(BadJOSEException.class,
                () -> validator(aPublicClient()).validate(SignedJWT.parse(idToken), new Nonce(code.nonce())));
    }

    @Test
    void theScopeDecidesTheUserClaimsAndEmptyNamesAreLeftOut() throws Exception {
        String named = aUser().with("first_name", "Grace").with("last_name", "").create();

        JWTClaimsSet openidOnly = claims(aCode(aPublicClient()).forUser(named).withScope("openid"));
        assertNull(openidOnly.getClaim("email"));
        assertNull(openidOnly.getClaim("email_verified"));
        assertNull(openidOnly.getClaim("name"));
        assertEquals(named, openidOnly.getSubject());

        JWTClaimsSet email = claims(aCode(aPublicClient()).forUser(named).withScope("openid email"));
        assertTrue(email.getStringClaim("email").endsWith("@example.org"));
        assertFalse(email.getBooleanClaim("email_verified"));
        assertNull(email.getClaim("given_name"));

        JWTClaimsSet profile = claims(aCode(aPublicClient()).forUser(named).withScope("openid profile"));
        assertEquals("Grace", profile.getStringClaim("name"));
        assertEquals("Grace", profile.getStringClaim("given_name"));
        assertFalse(profile.getClaims().containsKey("family_name"));
        assertNull(profile.getClaim("email"));
    }

    @Test
    void aCodeWithoutANonceGivesAnIdTokenWithoutOne() throws Exception {
        JWTClaimsSet claims = claims(aCode(aPublicClient()).forUser(aUser().create()).withNonce(null));
        assertFalse(claims.getClaims().containsKey("nonce"));
    }

    private static JWTClaimsSet claims(dev.gatehouse.testsupport.Codes code) throws Exception {
        IssuedCode issued = code.issue();
        String idToken = issued.redeem().statusCode(200).extract().path("id_token");
        IDTokenClaimsSet claims = validator(issued.client()).validate(SignedJWT.parse(idToken),
                issued.nonce() == null ? null : new Nonce(issued.nonce()));
        return claims.toJWTClaimsSet();
    }

    /** As a relying party configures it: the issuer it trusts, its own client id, RS256 and the issuer's JWKS. */
    private static IDTokenValidator validator(OidcClient client) throws Exception {
        String jwks = given().get("/.well-known/openid-configuration").then().statusCode(200).extract().path("jwks_uri");
        return new IDTokenValidator(new Issuer(RelyingPartyProfile.ISSUER), new ClientID(client.clientId()),
                JWSAlgorithm.RS256, RelyingPartyProfile.reachable(jwks).toURL());
    }
}

package dev.gatehouse.oidc;

import static dev.gatehouse.testsupport.OidcClients.aPublicClient;
import static dev.gatehouse.testsupport.RelyingPartyProfile.reachable;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.gatehouse.testsupport.BrowserLogins;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.testsupport.RelyingPartyProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A relying party that is not ours drives the whole authorization-code flow: Nimbus OAuth 2.0 SDK with
 * OpenID Connect reads the discovery document, builds the authentication request with PKCE (S256), state and
 * nonce, parses the redirect (state and RFC 9207 iss), exchanges the code, validates the ID token against the
 * published JWKS and calls userinfo. rest-assured plays the browser: the login form, its CSRF token and cookie.
 */
@QuarkusTest
@TestProfile(RelyingPartyProfile.class)
class OidcRelyingPartyTest {

    static final String PASSWORD = "correct horse battery staple";

    @Test
    void aStandardRelyingPartyLogsInThroughTheCodeFlowAndGetsValidatedTokensAndUserinfo() throws Exception {
        OIDCProviderMetadata provider = discover();
        Person ada = person("Ada", "Lovelace");
        RelyingParty rp = new RelyingParty(provider, aPublicClient());

        AuthenticationSuccessResponse callback = rp.callback(loginInBrowser(rp.authenticationRequest(), ada));
        assertEquals(rp.state, callback.getState());
        assertEquals(provider.getIssuer(), callback.getIssuer());

        OIDCTokens tokens = RelyingParty.tokens(rp.exchange(callback.getAuthorizationCode()));
        IDTokenClaimsSet idToken = rp.validator().validate(tokens.getIDToken(), rp.nonce);
        assertEquals(ada.id, idToken.getSubject().getValue());
        assertNotNull(idToken.getAuthenticationTime());
        assertNotNull(idToken.getStringClaim("sid"));
        assertEquals(ada.email, idToken.getStringClaim("email"));
        assertEquals("Ada Lovelace", idToken.getStringClaim("name"));

        UserInfo userInfo = rp.userInfo(tokens);
        assertEquals(idToken.getSubject(), userInfo.getSubject());
        assertEquals(ada.email, userInfo.getEmailAddress());
        assertEquals(Boolean.FALSE, userInfo.getEmailVerified());
        assertEquals("Lovelace", userInfo.getFamilyName());

        TokenResponse refreshed = rp.refresh(tokens.getRefreshToken());
        assertTrue(refreshed.indicatesSuccess(), () -> refreshed.toErrorResponse().getErrorObject().toString());
        assertNotEquals(tokens.getRefreshToken(), refreshed.toSuccessResponse().getTokens().getRefreshToken());
    }

    @Test
    void theRelyingPartysSecondExchangeOfOneCodeFailsAndCostsTheFirstOnesRefreshToken() throws Exception {
        RelyingParty rp = new RelyingParty(discover(), aPublicClient());
        AuthenticationSuccessResponse callback = rp.callback(loginInBrowser(rp.authenticationRequest(),
                person("Grace", "Hopper")));
        OIDCTokens first = RelyingParty.tokens(rp.exchange(callback.getAuthorizationCode()));

        TokenResponse second = rp.exchange(callback.getAuthorizationCode());

        assertFalse(second.indicatesSuccess());
        assertEquals(OAuth2Error.INVALID_GRANT.getCode(), second.toErrorResponse().getErrorObject().getCode());
        TokenResponse refresh = rp.refresh(first.getRefreshToken());
        assertFalse(refresh.indicatesSuccess());
        assertEquals(OAuth2Error.INVALID_GRANT.getCode(), refresh.toErrorResponse().getErrorObject().getCode());
    }

    /** OpenID Connect Discovery 1.0 §4, as the library parses it; the issuer must be the one it trusts. */
    private static OIDCProviderMetadata discover() throws Exception {
        String json = given().get("/.well-known/openid-configuration").then().statusCode(200).extract().asString();
        OIDCProviderMetadata provider = OIDCProviderMetadata.parse(json);
        assertEquals(RelyingPartyProfile.ISSUER, provider.getIssuer().getValue());
        return provider;
    }

    /**
     * The browser's part: open the authentication request, post the login form with its CSRF token and the
     * cookie it came with, and return the 303's Location (the redirect to the relying party).
     */
    private static URI loginInBrowser(URI authenticationRequest, Person person) {
        ExtractableResponse<Response> page = given().redirects().follow(false).urlEncodingEnabled(false)
                .get(authenticationRequest).then().statusCode(200).extract();
        ExtractableResponse<Response> done = BrowserLogins.submit(BrowserLogins.Form.of(page), person.email, PASSWORD);
        assertEquals(303, done.statusCode(), done::asString);
        return URI.create(done.header("Location"));
    }

    private static Person person(String firstName, String lastName) {
        var builder = aUser().with("password", PASSWORD).with("first_name", firstName).with("last_name", lastName);
        return new Person(builder.create(), builder.email());
    }

    private record Person(String id, String email) {}

    /** One relying party's state for one login: its client, the state, nonce and PKCE verifier it keeps. */
    private static final class RelyingParty {

        final OIDCProviderMetadata provider;
        final ClientID clientId;
        final URI redirectUri;
        final State state = new State();
        final Nonce nonce = new Nonce();
        final CodeVerifier verifier = new CodeVerifier();

        RelyingParty(OIDCProviderMetadata provider, OidcClient client) {
            this.provider = provider;
            this.clientId = new ClientID(client.clientId());
            this.redirectUri = URI.create(client.redirectUri());
        }

        URI authenticationRequest() {
            return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                    clientId, redirectUri)
                    .endpointURI(reachable(provider.getAuthorizationEndpointURI()))
                    .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build().toURI();
        }

        AuthenticationSuccessResponse callback(URI location) throws Exception {
            assertTrue(location.toString().startsWith(redirectUri + "?"), location::toString);
            AuthenticationResponse response = AuthenticationResponseParser.parse(location);
            assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
            return response.toSuccessResponse();
        }

        TokenResponse exchange(AuthorizationCode code) throws Exception {
            TokenRequest request = new TokenRequest(reachable(provider.getTokenEndpointURI()), clientId,
                    new AuthorizationCodeGrant(code, redirectUri, verifier));
            return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        }

        /** The tokens of a successful OpenID Connect token response. */
        static OIDCTokens tokens(TokenResponse response) {
            assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        }

        TokenResponse refresh(RefreshToken token) throws Exception {
            TokenRequest request = new TokenRequest(reachable(provider.getTokenEndpointURI()), clientId,
                    new RefreshTokenGrant(token));
            return TokenResponse.parse(request.toHTTPRequest().send());
        }

        IDTokenValidator validator() throws Exception {
            return new IDTokenValidator(provider.getIssuer(), clientId, JWSAlgorithm.RS256,
                    reachable(provider.getJWKSetURI()).toURL());
        }

        UserInfo userInfo(OIDCTokens tokens) throws Exception {
            UserInfoResponse response = UserInfoResponse.parse(
                    new UserInfoRequest(reachable(provider.getUserInfoEndpointURI()), tokens.getBearerAccessToken())
                            .toHTTPRequest().send());
            assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
            return response.toSuccessResponse().getUserInfo();
        }
    }
}

package dev.gatehouse.auth;

import static dev.gatehouse.testsupport.Codes.aCode;
import static dev.gatehouse.testsupport.OidcClients.aConfidentialClient;
import static dev.gatehouse.testsupport.OidcClients.aPublicClient;
import static dev.gatehouse.testsupport.OidcClients.gatehouseWeb;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testsupport.Codes;
import dev.gatehouse.testsupport.Codes.IssuedCode;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.testsupport.TestClock;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.session.EndReason;
import dev.gatehouse.session.LoginSessions;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code grant_type=authorization_code}: every binding of the code (RFC 6749 §4.1.3, RFC 7636 §4.6, OpenID
 * Connect Core §3.1.3.2) refused with the same invalid_grant, a reused code revoking what the first use issued.
 */
@QuarkusTest
class AuthorizationCodeGrantTest {

    static final String INVALID_CODE = "The authorization code is invalid, expired or used, or does not match this request.";

    @Inject
    TestClock clock;
    @Inject
    LoginSessions sessions;

    @Test
    void aPublicClientsCodeWithItsVerifierGivesAccessRefreshAndIdTokensWithNoStore() {
        OidcClient client = aPublicClient();
        aCode(client).forUser(newUser()).issue().redeem()
                .statusCode(200).header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(600))
                .body("access_token", notNullValue())
                .body("refresh_token", startsWith("ghr_"))
                .body("id_token", notNullValue())
                .body("scope", equalTo("openid profile email"));
    }

    @Test
    void aConfidentialClientRedeemsWithItsSecretAndWithoutPkceWhenItAskedForNone() {
        OidcClient client = aConfidentialClient();
        aCode(client).forUser(newUser()).withoutPkce().issue().redeem()
                .statusCode(200).body("id_token", notNullValue()).body("refresh_token", startsWith("ghr_"));
        aCode(client).forUser(newUser()).issue().redeem().statusCode(200);
    }

    @Test
    void aCodeUsedTwiceIsRefusedAndRevokesTheRefreshFamilyOfItsFirstUse() {
        String user = newUser();
        IssuedCode code = aCode(gatehouseWeb()).forUser(user).issue();
        String refresh = code.redeem().statusCode(200).extract().path("refresh_token");

        invalidGrant(code.redeem());

        refresh(code.client(), refresh).statusCode(400).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", user).queryParam("type", "code.reuse_detected")
                .get("/audit-events").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].detail.client_id", equalTo(code.client().clientId()));
        given().auth().oauth2(Tokens.admin()).queryParam("user_id", user).queryParam("type", "code.redeemed")
                .get("/audit-events").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aCodeIssuedToAnotherClientIsRefusedForPublicAndConfidentialClientsAlike() {
        IssuedCode code = aCode(aPublicClient()).forUser(newUser()).issue();
        OidcClient otherPublic = aPublicClient();
        OidcClient confidential = aConfidentialClient();

        invalidGrant(otherPublic.tokenRequest().formParam("grant_type", "authorization_code")
                .formParam("code", code.code()).formParam("redirect_uri", code.client().redirectUri())
                .formParam("code_verifier", code.verifier()).post("/auth/token").then());
        invalidGrant(confidential.tokenRequest().formParam("grant_type", "authorization_code")
                .formParam("code", code.code()).formParam("redirect_uri", code.client().redirectUri())
                .formParam("code_verifier", code.verifier()).post("/auth/token").then());

        code.redeem().statusCode(200);
    }

    @Test
    void aRedirectUriThatIsNotExactlyTheAuthorizationRequestsIsRefused() {
        IssuedCode code = aCode(aPublicClient()).forUser(newUser()).issue();
        String registered = code.client().redirectUri();

        invalidGrant(code.redeem(registered + "/", code.verifier()));
        invalidGrant(code.redeem(registered.toUpperCase(), code.verifier()));
        invalidGrant(code.redeem(registered + "?x=1", code.verifier()));
        code.redeem(null, code.verifier()).statusCode(400).body("error", equalTo("invalid_request"));

        code.redeem().statusCode(200);
    }

    @Test
    void aWrongMissingOrMalformedVerifierIsRefusedAndDoesNotSpendTheCode() {
        IssuedCode code = aCode(aPublicClient()).forUser(newUser()).issue();

        invalidGrant(code.redeem(code.client().redirectUri(), null));
        invalidGrant(code.redeem(code.client().redirectUri(), code.verifier() + "x"));
        invalidGrant(code.redeem(code.client().redirectUri(), Codes.challenge(code.verifier())));
        invalidGrant(code.redeem(code.client().redirectUri(), "too-short"));
        invalidGrant(code.redeem(code.client().redirectUri(), code.verifier().substring(0, 42) + "é"));
        invalidGrant(code.redeem(code.client().redirectUri(), "a".repeat(129)));

        code.redeem().statusCode(200);
    }

    @Test
    void aVerifierForACodeIssuedWithoutAChallengeIsADowngradeAndRefused() {
        IssuedCode code = aCode(aConfidentialClient()).forUser(newUser()).withoutPkce().issue();

        invalidGrant(code.redeem(code.client().redirectUri(), "a".repeat(43)));

        code.redeem().statusCode(200);
    }

    @Test
    void aCodeOlderThanSixtySecondsIsRefused() {
        IssuedCode code = aCode(aPublicClient()).forUser(newUser()).issue();
        clock.advance(Duration.ofSeconds(61));

        invalidGrant(code.redeem());
    }

    @Test
    void aCodeWhoseLoginSessionEndedIsRefused() {
        String user = newUser();
        IssuedCode code = aCode(aPublicClient()).forUser(user).issue();
        sessions.end(code.sessionId(), UUID.fromString(user), EndReason.REVOKED);

        invalidGrant(code.redeem());
    }

    @Test
    void anUnknownOrForeignCodeIsRefusedAndAMissingOneIsAnInvalidRequest() {
        OidcClient client = aPublicClient();
        for (String code : List.of("gha_" + "A".repeat(43), "not-a-code", "ghr_" + "A".repeat(43))) {
            invalidGrant(client.tokenRequest().formParam("grant_type", "authorization_code").formParam("code", code)
                    .formParam("redirect_uri", client.redirectUri()).formParam("code_verifier", "a".repeat(43))
                    .post("/auth/token").then());
        }
        client.tokenRequest().formParam("grant_type", "authorization_code")
                .formParam("redirect_uri", client.redirectUri()).post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aPublicClientThatSendsASecretAndAConfidentialClientWithoutOneAreInvalidClients() {
        IssuedCode publicCode = aCode(aPublicClient()).forUser(newUser()).issue();
        OidcClient confidential = aConfidentialClient();
        IssuedCode confidentialCode = aCode(confidential).forUser(newUser()).issue();

        exchange(given().contentType("application/x-www-form-urlencoded").auth().preemptive()
                .basic(publicCode.client().clientId(), "any-secret"), publicCode)
                .statusCode(401).header("WWW-Authenticate", startsWith("Basic")).body("error", equalTo("invalid_client"));
        exchange(given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", confidential.clientId()), confidentialCode)
                .statusCode(401).body("error", equalTo("invalid_client"));
        exchange(given().contentType("application/x-www-form-urlencoded").auth().preemptive()
                .basic(confidential.clientId(), "wrong"), confidentialCode)
                .statusCode(401).body("error", equalTo("invalid_client"));
        exchange(given().contentType("application/x-www-form-urlencoded"), publicCode)
                .statusCode(401).body("error", equalTo("invalid_client"));

        publicCode.redeem().statusCode(200);
        confidentialCode.redeem().statusCode(200);
    }

    @Test
    void aClientThatMayNotUseTheCodeGrantIsAnUnauthorizedClient() {
        OidcClient refreshOnly = aPublicClient(List.of("refresh_token"));
        aCode(refreshOnly).forUser(newUser()).issue().redeem()
                .statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void withoutTheRefreshGrantThereIsNoRefreshTokenAndWithoutOpenidNoIdToken() {
        aCode(aPublicClient(List.of("authorization_code"))).forUser(newUser()).issue().redeem()
                .statusCode(200).body("$", not(hasKey("refresh_token"))).body("id_token", notNullValue());
        aCode(aPublicClient()).forUser(newUser()).withScope("profile").issue().redeem()
                .statusCode(200).body("$", not(hasKey("id_token"))).body("scope", equalTo("profile"));
    }

    @Test
    void aDeactivatedUsersCodeIsRefused() {
        String user = newUser();
        IssuedCode code = aCode(aPublicClient()).forUser(user).issue();
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body("{\"is_active\": false}")
                .patch("/users/" + user).then().statusCode(200);

        invalidGrant(code.redeem());
    }

    @Test
    void theAccessTokenOfACodeWorksAtTheApi() {
        String user = newUser();
        String access = aCode(aPublicClient()).forUser(user).issue().redeem().statusCode(200)
                .extract().path("access_token");
        String id = given().auth().oauth2(access).get("/users/me").then().statusCode(200).extract().path("id");
        assertEquals(user, id);
    }

    static ValidatableResponse exchange(io.restassured.specification.RequestSpecification request, IssuedCode code) {
        return request.formParam("grant_type", "authorization_code").formParam("code", code.code())
                .formParam("redirect_uri", code.client().redirectUri()).formParam("code_verifier", code.verifier())
                .post("/auth/token").then();
    }

    static ValidatableResponse refresh(OidcClient client, String token) {
        return client.tokenRequest().formParam("grant_type", "refresh_token").formParam("refresh_token", token)
                .post("/auth/token").then();
    }

    static void invalidGrant(ValidatableResponse response) {
        response.statusCode(400).header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_grant")).body("error_description", equalTo(INVALID_CODE));
    }

    static String newUser() {
        return aUser().with("first_name", "Ada").with("last_name", "Lovelace").create();
    }
}

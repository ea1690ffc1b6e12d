package dev.gatehouse.email;

import static dev.gatehouse.testsupport.BrowserClients.aPublicClient;
import static dev.gatehouse.testsupport.BrowserLogins.form;
import static dev.gatehouse.testsupport.BrowserLogins.request;
import static dev.gatehouse.testsupport.BrowserLogins.submit;
import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.testsupport.Logins;
import dev.gatehouse.testsupport.Tokens;
import dev.gatehouse.testsupport.UserBuilder;
import dev.gatehouse.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code gatehouse.login.require-verified-email=true}: an unverified user's correct password fails exactly like a
 * wrong one, at the token endpoint and on the login page; once verified, the same login succeeds.
 */
@QuarkusTest
@TestProfile(RequireVerifiedEmailTest.Required.class)
class RequireVerifiedEmailTest {

    static final String PASSWORD = "verified-only-correct-horse-7";
    static final String REDIRECT = "https://app.example/callback";

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gatehouse.login.require-verified-email", "true");
        }
    }

    @Test
    void theTokenEndpointAnswersAnUnverifiedUserAsAWrongPasswordAndAuditsAFailure() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();

        String unverified = Logins.attempt(user.email(), PASSWORD).statusCode(400).extract().asString();
        String wrong = Logins.attempt(user.email(), "not the password").statusCode(400).extract().asString();
        assertEquals(wrong, unverified);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("type = ?1 and userId = ?2",
                AuditType.LOGIN_FAILED, UUID.fromString(id))));

        verify(id);
        Logins.attempt(user.email(), PASSWORD).statusCode(200);
    }

    @Test
    void theLoginPageShowsTheOneFailureMessage() {
        UserBuilder user = aUser().with("password", PASSWORD);
        String id = user.create();
        String clientId = aPublicClient().redirectingTo(REDIRECT).create();

        ExtractableResponse<Response> unverified = submit(form(request(clientId, REDIRECT)), user.email(), PASSWORD);
        assertEquals(400, unverified.statusCode());
        assertTrue(unverified.asString().contains("The email or password is incorrect."), unverified.asString());

        verify(id);
        assertEquals(303, submit(form(request(clientId, REDIRECT)), user.email(), PASSWORD).statusCode());
    }

    @Test
    void theSettingsOperatorCountsAsVerified() {
        given().auth().oauth2(Tokens.admin()).get("/users/me").then().statusCode(200)
                .body("email_verified", equalTo(true));
    }

    private static void verify(String id) {
        QuarkusTransaction.requiringNew().run(() -> User.update("emailVerified = true where id = ?1", UUID.fromString(id)));
    }
}

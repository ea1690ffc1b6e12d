package dev.gatehouse.testsupport;

import dev.gatehouse.auth.AuthorizationCodes;
import dev.gatehouse.auth.CodeGrant;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.session.LoginSessions;
import dev.gatehouse.session.StartedSession;
import dev.gatehouse.testsupport.OidcClients.OidcClient;
import dev.gatehouse.user.User;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Authorization codes made the way the authorization endpoint makes them (a login session for the user, then
 * {@link AuthorizationCodes#issue}), without a browser: {@code Codes.aCode(client).forUser(id).issue()}.
 */
public final class Codes {

    private final OidcClient client;
    private UUID userId;
    private UUID sessionId;
    private String scope = "openid profile email";
    private String nonce = "n-" + UUID.randomUUID();
    private boolean pkce = true;

    private Codes(OidcClient client) {
        this.client = client;
    }

    public static Codes aCode(OidcClient client) {
        return new Codes(client);
    }

    public Codes forUser(String id) {
        this.userId = UUID.fromString(id);
        return this;
    }

    /** In an existing session (a second authorization within single sign-on) instead of a new one. */
    public Codes inSession(UUID id) {
        this.sessionId = id;
        return this;
    }

    public Codes withScope(String value) {
        this.scope = value;
        return this;
    }

    public Codes withNonce(String value) {
        this.nonce = value;
        return this;
    }

    /** Without a PKCE challenge, as a confidential client may ask. */
    public Codes withoutPkce() {
        this.pkce = false;
        return this;
    }

    public IssuedCode issue() {
        UUID session = sessionId != null ? sessionId : startSession(userId).session().id;
        String verifier = pkce ? Secrets.generate("").substring(0, 43) + "-._~" : null;
        String code = Arc.container().instance(AuthorizationCodes.class).get().issue(new CodeGrant(client.clientId(),
                client.redirectUri(), userId, session, scope, nonce, verifier == null ? null : challenge(verifier)));
        return new IssuedCode(client, code, verifier, session, nonce);
    }

    /** A login session for the user, as a password login on the hosted page starts it. */
    public static StartedSession startSession(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(LoginSessions.class).get()
                .start(User.findById(userId), "database", List.of("pwd"), "test-agent", "127.0.0.1"));
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(verifier))). */
    public static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256(verifier));
    }

    /** A code and what its client keeps to redeem it. */
    public record IssuedCode(OidcClient client, String code, String verifier, UUID sessionId, String nonce) {

        /** The token request the client makes, with every parameter as issued. */
        public ValidatableResponse redeem() {
            return redeem(client.redirectUri(), verifier);
        }

        public ValidatableResponse redeem(String redirectUri, String codeVerifier) {
            var request = client.tokenRequest().formParam("grant_type", "authorization_code").formParam("code", code)
                    .formParam("redirect_uri", redirectUri);
            if (codeVerifier != null) {
                request.formParam("code_verifier", codeVerifier);
            }
            return request.when().post("/auth/token").then();
        }
    }
}

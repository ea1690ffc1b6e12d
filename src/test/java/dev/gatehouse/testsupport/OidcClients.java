package dev.gatehouse.testsupport;

import static io.restassured.RestAssured.given;

import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientType;
import dev.gatehouse.security.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Clients that log people in, persisted as rows (type, grant types, one redirect URI) so tests do not depend
 * on the client API: {@code OidcClients.aPublicClient()}, {@code OidcClients.aConfidentialClient()}.
 */
public final class OidcClients {

    public static final List<String> CODE_AND_REFRESH = List.of("authorization_code", "refresh_token");

    private OidcClients() {}

    /** A client as a relying party knows itself: id, secret (null for a public client), its redirect URI. */
    public record OidcClient(String clientId, String secret, String redirectUri) {

        /** A token-endpoint request authenticated as this client: HTTP Basic, or client_id alone when public. */
        public RequestSpecification tokenRequest() {
            RequestSpecification request = given().contentType("application/x-www-form-urlencoded");
            return secret == null ? request.formParam("client_id", clientId)
                    : request.auth().preemptive().basic(clientId, secret);
        }
    }

    /**
     * The public client V13 inserts ({@code gatehouse-web}), which the refresh grant knows as public today; its
     * codes are bound to a redirect URI of the test's choosing (the token endpoint compares with the code's).
     */
    public static OidcClient gatehouseWeb() {
        return new OidcClient("gatehouse-web", null, "https://gatehouse-web.example.org/callback");
    }

    public static OidcClient aPublicClient() {
        return aPublicClient(CODE_AND_REFRESH);
    }

    public static OidcClient aPublicClient(List<String> grantTypes) {
        return persist(ClientType.PUBLIC, grantTypes, null);
    }

    public static OidcClient aConfidentialClient() {
        return persist(ClientType.CONFIDENTIAL, CODE_AND_REFRESH, Secrets.generate("ghs_"));
    }

    private static OidcClient persist(ClientType type, List<String> grantTypes, String secret) {
        String clientId = type.value() + "-" + UUID.randomUUID();
        String redirectUri = "https://" + clientId + ".example.org/callback";
        QuarkusTransaction.requiringNew().run(() -> {
            Client client = new Client();
            client.clientId = clientId;
            client.name = "Test " + type.value() + " client";
            client.type = type;
            client.secretHash = secret == null ? null : Secrets.hash(secret);
            client.grantTypes = new ArrayList<>(grantTypes);
            client.redirectUris = new ArrayList<>(List.of(redirectUri));
            client.createdAt = OffsetDateTime.now();
            client.persist();
        });
        return new OidcClient(clientId, secret, redirectUri);
    }
}

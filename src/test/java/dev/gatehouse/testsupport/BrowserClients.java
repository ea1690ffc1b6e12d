package dev.gatehouse.testsupport;

import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Clients that log people in, persisted straight into the database (not through the clients API), for the
 * tests of the browser flow: {@code aPublicClient().redirectingTo("https://app.example/cb").create()}.
 */
public final class BrowserClients {

    private final String clientId = "test-app-" + UUID.randomUUID();
    private final List<String> redirectUris = new ArrayList<>();
    private final List<String> grantTypes = new ArrayList<>(List.of("authorization_code", "refresh_token"));
    private String name = "Test App";

    private BrowserClients() {}

    public static BrowserClients aPublicClient() {
        return new BrowserClients();
    }

    public BrowserClients redirectingTo(String... uris) {
        redirectUris.addAll(List.of(uris));
        return this;
    }

    public BrowserClients withGrantTypes(String... types) {
        grantTypes.clear();
        grantTypes.addAll(List.of(types));
        return this;
    }

    public BrowserClients named(String name) {
        this.name = name;
        return this;
    }

    /** Persists the public client and returns its client_id. */
    public String create() {
        QuarkusTransaction.requiringNew().run(() -> {
            Client client = new Client();
            client.clientId = clientId;
            client.name = name;
            client.type = ClientType.PUBLIC;
            client.redirectUris = new ArrayList<>(redirectUris);
            client.grantTypes = new ArrayList<>(grantTypes);
            client.createdAt = OffsetDateTime.now();
            client.persist();
        });
        return clientId;
    }
}

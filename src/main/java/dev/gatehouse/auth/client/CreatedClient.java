package dev.gatehouse.auth.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer to creating a client: the only time its secret is shown (null for a public client, which has none). */
public record CreatedClient(String clientId, String clientSecret, String name, String type, UUID userId,
        List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> allowedOrigins,
        List<String> grantTypes, OffsetDateTime createdAt) {

    static CreatedClient of(ClientView view, String secret) {
        return new CreatedClient(view.clientId(), secret, view.name(), view.type(), view.userId(), view.redirectUris(),
                view.postLogoutRedirectUris(), view.allowedOrigins(), view.grantTypes(), view.createdAt());
    }

    @Override
    public String toString() {
        return "CreatedClient[" + clientId + "]";
    }
}

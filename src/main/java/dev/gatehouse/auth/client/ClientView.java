package dev.gatehouse.auth.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A client as the API shows it; the secret is never shown again after creation or rotation. */
public record ClientView(String clientId, String name, String type, UUID userId, List<String> redirectUris,
        List<String> postLogoutRedirectUris, List<String> allowedOrigins, List<String> grantTypes,
        OffsetDateTime createdAt) {

    static ClientView of(Client c) {
        return new ClientView(c.clientId, c.name, c.type.value(), c.user == null ? null : c.user.id,
                List.copyOf(c.redirectUris), List.copyOf(c.postLogoutRedirectUris), List.copyOf(c.allowedOrigins),
                List.copyOf(c.grantTypes), c.createdAt);
    }
}

package dev.gatehouse.auth.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A service client as the API lists it; the secret is never shown again after creation. */
public record ClientView(String clientId, String name, UUID userId, OffsetDateTime createdAt) {

    static ClientView of(Client c) {
        return new ClientView(c.clientId, c.name, c.user == null ? null : c.user.id, c.createdAt);
    }
}

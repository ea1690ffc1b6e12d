package dev.gatehouse.auth.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to creating a client: the only time its secret is shown. */
public record CreatedClient(String clientId, String clientSecret, String name, UUID userId, OffsetDateTime createdAt) {

    @Override
    public String toString() {
        return "CreatedClient[" + clientId + "]";
    }
}

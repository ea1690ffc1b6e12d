package dev.gatehouse.auth.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a client's creator chooses (the body of {@code POST /clients}) and what a merge patch changes. Absent
 * fields take the type's defaults: {@code service}, and for a client that logs people in the grant types
 * {@code authorization_code} and {@code refresh_token}, never {@code password}. {@link ClientRules} checks
 * the rest, field by field.
 */
public record ClientSettings(
        @NotBlank @Size(max = 200) String name,
        String type,
        @Size(max = 20) List<@NotNull @Size(max = 2000) String> redirectUris,
        @Size(max = 20) List<@NotNull @Size(max = 2000) String> postLogoutRedirectUris,
        @Size(max = 20) List<@NotNull @Size(max = 300) String> allowedOrigins,
        @Size(max = 10) List<@NotNull @Size(max = 50) String> grantTypes) {

    /** The settings of an existing client, the target of a merge patch. */
    static ClientSettings of(Client client) {
        return new ClientSettings(client.name, client.type.value(), client.redirectUris, client.postLogoutRedirectUris,
                client.allowedOrigins, client.grantTypes);
    }

    /** The type named, {@code service} when none is. */
    String typeOrDefault() {
        return type == null ? ClientType.SERVICE.value() : type;
    }
}

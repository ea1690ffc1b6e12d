package dev.gatehouse.auth.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a client is, and so how it authenticates: {@code service} (client_credentials with a secret, its own
 * service-account user), {@code confidential} (a web backend with a secret that logs people in) or
 * {@code public} (an SPA or native app, which cannot keep a secret and must use PKCE).
 */
public enum ClientType {
    SERVICE(Set.of(GrantType.CLIENT_CREDENTIALS)),
    CONFIDENTIAL(GrantType.LOGIN_GRANTS),
    PUBLIC(GrantType.LOGIN_GRANTS);

    private final Set<String> grantTypes;

    ClientType(Set<String> grantTypes) {
        this.grantTypes = grantTypes;
    }

    /** The name in the API and the database. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code value} in the API; empty for any other string. */
    public static Optional<ClientType> of(String value) {
        for (ClientType type : values()) {
            if (type.value().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The grant types a client of this type may be given. */
    public Set<String> grantTypes() {
        return grantTypes;
    }

    /** Whether this client has a secret: every type but public. */
    public boolean hasSecret() {
        return this != PUBLIC;
    }

    /** Stored as its lower-case name, as the {@code client_type} check constraint of V13 lists them. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<ClientType, String> {
        @Override
        public String convertToDatabaseColumn(ClientType type) {
            return type == null ? null : type.value();
        }

        @Override
        public ClientType convertToEntityAttribute(String value) {
            return value == null ? null : ClientType.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}

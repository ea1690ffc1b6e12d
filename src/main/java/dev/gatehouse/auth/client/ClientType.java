package dev.gatehouse.auth.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * What a client is, and so how it authenticates: {@code service} (client_credentials with a secret, its own
 * service-account user), {@code confidential} (a web backend with a secret that logs people in) or
 * {@code public} (an SPA or native app, which cannot keep a secret and must use PKCE).
 */
public enum ClientType {
    SERVICE, CONFIDENTIAL, PUBLIC;

    /** The name in the API and the database. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
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

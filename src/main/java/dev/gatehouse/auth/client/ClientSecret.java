package dev.gatehouse.auth.client;

/** A client's new secret after rotation, shown this once; the previous one stops working at once. */
public record ClientSecret(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ClientSecret[" + clientId + "]";
    }
}

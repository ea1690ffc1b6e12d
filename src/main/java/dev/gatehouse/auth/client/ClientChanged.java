package dev.gatehouse.auth.client;

/**
 * A client was created, changed or deleted, fired in the changing transaction. Observers that keep what
 * clients allow (the CORS origins) forget it once the transaction commits.
 */
public record ClientChanged(String clientId) {}

package dev.gatehouse.auth.client;

/**
 * A client was deleted, fired synchronously in the deleting transaction: the token package observes it and
 * revokes the refresh tokens issued to the client, so a rollback keeps them and a commit ends them.
 */
public record ClientDeleted(String clientId) {}

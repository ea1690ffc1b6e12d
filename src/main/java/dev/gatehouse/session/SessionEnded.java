package dev.gatehouse.session;

import java.util.UUID;

/** Fired inside the transaction that ended a login session, so the refresh tokens issued in it end too. */
public record SessionEnded(UUID sessionId) {}

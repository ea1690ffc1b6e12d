package dev.gatehouse.auth;

import java.util.UUID;

/** What an authorization code is issued for, as the authorization endpoint checked it. */
public record CodeGrant(String clientId, String redirectUri, UUID userId, UUID sessionId, String scope, String nonce,
        String codeChallenge) {}

package dev.gatehouse.auth;

import dev.gatehouse.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Issues authorization codes and redeems them once at the token endpoint. */
@ApplicationScoped
public class AuthorizationCodes {

    static final String PREFIX = "ghc_";
    /** RFC 6749 §4.1.2 recommends at most 10 minutes; a browser redirect needs seconds. */
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new single-use code for {@code grant}; only its hash is stored. */
    @Transactional
    public String issue(CodeGrant grant) {
        String value = Secrets.generate(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AuthorizationCode code = new AuthorizationCode();
        code.codeHash = Secrets.hash(value);
        code.clientId = grant.clientId();
        code.redirectUri = grant.redirectUri();
        code.userId = grant.userId();
        code.sessionId = grant.sessionId();
        code.scope = grant.scope();
        code.nonce = grant.nonce();
        code.codeChallenge = grant.codeChallenge();
        code.createdAt = now;
        code.expiresAt = now.plus(LIFETIME);
        code.persist();
        return value;
    }
}

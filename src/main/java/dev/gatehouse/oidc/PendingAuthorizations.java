package dev.gatehouse.oidc;

import dev.gatehouse.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Authorization requests waiting for their login form, in PostgreSQL so every instance can take the form's
 * POST (instances keep no state). The form carries the id and a CSRF token; the browser carries the cookie.
 */
@ApplicationScoped
public class PendingAuthorizations {

    static final String CSRF_PREFIX = "ghf_";

    private final PagesConfig config;
    private final Clock clock;

    PendingAuthorizations(PagesConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** What the login form needs to come back: the pending request's id and the CSRF token, shown once. */
    public record Started(UUID id, String csrfToken) {
        @Override
        public String toString() {
            return "Started[" + id + "]";
        }
    }

    /** Keeps {@code request} for the form shown in the browser holding {@code browserValue}. */
    @Transactional
    public Started start(AuthorizationRequest request, String browserValue) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PendingAuthorization.delete("expiresAt < ?1", now); // one indexed delete keeps the table to live forms
        String csrf = Secrets.generate(CSRF_PREFIX);
        PendingAuthorization pending = new PendingAuthorization();
        pending.id = UUID.randomUUID();
        pending.browserHash = Secrets.hash(browserValue);
        pending.csrfHash = Secrets.hash(csrf);
        pending.clientId = request.clientId();
        pending.redirectUri = request.redirectUri();
        pending.scope = request.scope();
        pending.state = request.state();
        pending.nonce = request.nonce();
        pending.codeChallenge = request.codeChallenge();
        pending.loginHint = request.loginHint();
        pending.createdAt = now;
        pending.expiresAt = now.plus(config.formLifetime());
        pending.persist();
        return new Started(pending.id, csrf);
    }

    /**
     * The pending request a submitted form names, once its CSRF token and the browser's cookie both match.
     *
     * @throws PageError FORM_EXPIRED when there is no such live request, FORM_FORGED when a token does not match
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PendingAuthorization verified(String id, String csrfToken, String browserValue) {
        PendingAuthorization pending = find(id);
        // both compared in constant time and both always, so the answer's timing says nothing about which failed
        boolean csrf = matches(csrfToken, pending.csrfHash);
        boolean browser = matches(browserValue, pending.browserHash);
        if (!(csrf & browser)) {
            throw new PageError(PageError.Reason.FORM_FORGED, "CSRF token or browser cookie does not match");
        }
        return pending;
    }

    private PendingAuthorization find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw new PageError(PageError.Reason.FORM_EXPIRED, "malformed pending request id");
        }
        PendingAuthorization pending = PendingAuthorization.findById(uuid);
        if (pending == null || !OffsetDateTime.now(clock).isBefore(pending.expiresAt)) {
            throw new PageError(PageError.Reason.FORM_EXPIRED, "no live pending request");
        }
        return pending;
    }

    private static boolean matches(String presented, byte[] storedHash) {
        byte[] hash = Secrets.hash(presented == null ? "" : presented);
        return MessageDigest.isEqual(hash, storedHash);
    }
}

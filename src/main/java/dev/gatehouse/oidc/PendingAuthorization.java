package dev.gatehouse.oidc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * An authorization request waiting for the login form, kept server-side so that the form carries only its id
 * and a CSRF token: nothing the browser sends back is trusted. Bound to the browser that started it through
 * the hash of its login cookie, and used once.
 */
@Entity
@Table(name = "pending_authorizations")
public class PendingAuthorization extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "browser_hash")
    public byte[] browserHash;
    @Column(name = "csrf_hash")
    public byte[] csrfHash;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "redirect_uri")
    public String redirectUri;
    public String scope;
    public String state;
    public String nonce;
    @Column(name = "code_challenge")
    public String codeChallenge;
    @Column(name = "login_hint")
    public String loginHint;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** The request as it was checked; a fresh login satisfies any prompt and max_age, so those are not kept. */
    public AuthorizationRequest request(String clientName) {
        return new AuthorizationRequest(clientId, clientName, redirectUri, scope, state, nonce, codeChallenge, Set.of(),
                null, loginHint);
    }

    @Override
    public String toString() {
        return "PendingAuthorization[" + id + ", client " + clientId + "]";
    }
}

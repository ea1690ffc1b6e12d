package dev.gatehouse.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An authorization code (RFC 6749 §4.1.2), stored as its SHA-256 only, with everything the token request
 * must repeat or match: client, redirect URI, PKCE challenge; and the nonce and session it carries on.
 */
@Entity
@Table(name = "authorization_codes")
public class AuthorizationCode extends PanacheEntityBase {

    @Id
    @Column(name = "code_hash")
    public byte[] codeHash;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "redirect_uri")
    public String redirectUri;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "session_id")
    public UUID sessionId;
    public String scope;
    public String nonce;
    /** BASE64URL(SHA-256(code_verifier)) (RFC 7636 S256); null only for a confidential client that sent none. */
    @Column(name = "code_challenge")
    public String codeChallenge;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "redeemed_at")
    public OffsetDateTime redeemedAt;
    /** The refresh family the redemption started; revoked when the code comes back. */
    @Column(name = "family_id")
    public UUID familyId;

    @Override
    public String toString() {
        return "AuthorizationCode[client " + clientId + ", user " + userId + "]";
    }
}

package dev.gatehouse.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * One refresh token of a rotation family. Only the SHA-256 hash of the opaque value is stored, so a
 * database leak yields no usable token. {@code rotatedAt} marks a token already exchanged.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "token_hash")
    public byte[] tokenHash;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "client_id")
    public String clientId;
    public String scope;
    @Column(name = "auth_backend")
    public String authBackend;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "rotated_at")
    public OffsetDateTime rotatedAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Neither exchanged, revoked nor expired. */
    public boolean isUsable(OffsetDateTime now) {
        return rotatedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "RefreshToken[" + id + ", family " + familyId + ", user " + userId + "]";
    }
}

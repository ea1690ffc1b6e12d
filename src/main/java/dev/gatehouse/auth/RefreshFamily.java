package dev.gatehouse.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A login's chain of refresh tokens. Its row is the lock that serializes rotation and revocation of the
 * family, and {@code expiresAt} is the absolute end of the session, which rotation never extends.
 */
@Entity
@Table(name = "refresh_families")
public class RefreshFamily extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    /** The login session of a browser login (authorization code), whose end ends this family; null otherwise. */
    @Column(name = "session_id")
    public UUID sessionId;

    /** Neither revoked nor past its absolute lifetime. */
    public boolean isUsable(OffsetDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "RefreshFamily[" + id + ", user " + userId + "]";
    }
}

package dev.gatehouse.email;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A mailed verification link, stored as the SHA-256 of its token only. It proves the address it was sent to,
 * so it is void once the user's email differs; it is used once, expires, and a newer one voids it.
 */
@Entity
@Table(name = "email_verifications")
public class EmailVerification extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "token_hash")
    public byte[] tokenHash;
    public String email;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    /** Unused and unexpired at {@code now}; whether it still matches the user's email is the service's question. */
    boolean isLive(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "EmailVerification[" + id + ", user " + userId + "]";
    }
}

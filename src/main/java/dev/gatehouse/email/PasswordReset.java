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
 * One password reset request. Every request leaves one, whether or not a user has the email, so the
 * throttles can count them; one with a token hash is a mailed link, bound to the password hash it was issued
 * against (a password change voids it), used once, expiring, voided by a newer one.
 */
@Entity
@Table(name = "password_resets")
public class PasswordReset extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "email_key")
    public String emailKey;
    @Column(name = "client_network")
    public String clientNetwork;
    @Column(name = "token_hash")
    public byte[] tokenHash;
    @Column(name = "password_fingerprint")
    public byte[] passwordFingerprint;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    /** A mailed link, unused and unexpired at {@code now}; whether the password is unchanged is the service's question. */
    boolean isLive(OffsetDateTime now) {
        return tokenHash != null && usedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "PasswordReset[" + id + ", user " + userId + "]";
    }
}

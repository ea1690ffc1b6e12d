package dev.gatehouse.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A login session of the hosted login page (single sign-on). The browser holds a random secret in a cookie,
 * stored here only as its SHA-256; {@link #id} is the public name: the {@code sid} claim and the sessions API.
 */
@Entity
@Table(name = "login_sessions")
public class LoginSession extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "secret_hash")
    public byte[] secretHash;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "auth_backend")
    public String authBackend;
    /** Authentication methods (OIDC {@code amr}), space-separated, e.g. {@code pwd}. */
    public String amr;
    @Column(name = "auth_time")
    public OffsetDateTime authTime;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
    /** The absolute end; the idle end is {@code lastSeenAt} plus the configured idle timeout. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "user_agent")
    public String userAgent;
    @Column(name = "client_address")
    public String clientAddress;

    /** Not ended, not past its absolute end, and used within {@code idleTimeout}. */
    public boolean isActive(OffsetDateTime now, Duration idleTimeout) {
        return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    @Override
    public String toString() {
        return "LoginSession[" + id + ", user " + userId + "]";
    }
}

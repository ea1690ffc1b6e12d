package dev.gatehouse.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One security-relevant thing that happened: who it concerns ({@code userId}), who did it
 * ({@code actorId}, null for anonymous calls such as a login) and details that never include a
 * password, hash, token or secret.
 */
@Entity
@Immutable // written once, never updated: Hibernate keeps no snapshot of it (nor of the detail map)
@Table(name = "audit_events")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String type;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "client_ip")
    public String clientIp;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;

    @Override
    public String toString() {
        return "AuditEvent[" + id + ", " + type + ", " + userId + "]";
    }
}

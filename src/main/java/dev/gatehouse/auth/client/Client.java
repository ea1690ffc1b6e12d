package dev.gatehouse.auth.client;

import dev.gatehouse.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A service client of the client_credentials grant; it acts as its own service-account user. */
@Entity
@Table(name = "service_clients")
public class Client extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "client_id")
    public String clientId;
    public String name;
    /** SHA-256 of the secret; see {@link dev.gatehouse.security.Secrets} for why a fast hash is right here. */
    @Column(name = "secret_hash")
    public byte[] secretHash;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Override
    public String toString() {
        return "Client[" + clientId + "]";
    }
}

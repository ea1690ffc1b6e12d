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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * A client of Gatehouse's OAuth endpoints. A {@link ClientType#SERVICE} client uses client_credentials and acts
 * as its own service-account {@link #user}; confidential and public clients log people in through
 * {@code /auth/authorize}, to one of their {@link #redirectUris} (matched as exact strings).
 */
@Entity
@Table(name = "clients")
public class Client extends PanacheEntityBase {

    /**
     * The SPA client V13 created, configured by {@code gatehouse.clients.web.*}; a token request that names
     * no client means it, as before clients had types.
     */
    public static final String WEB_CLIENT_ID = "gatehouse-web";

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "client_id")
    public String clientId;
    public String name;
    /** SHA-256 of the secret (null for a public client); see {@link dev.gatehouse.security.Secrets} for why a fast hash is right here. */
    @Column(name = "secret_hash")
    public byte[] secretHash;
    @Column(name = "client_type")
    public ClientType type = ClientType.SERVICE;
    /** The service account of a service client; null for the others. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "redirect_uris")
    public List<String> redirectUris = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "post_logout_redirect_uris")
    public List<String> postLogoutRedirectUris = new ArrayList<>();
    /** Browser origins allowed to call the token, userinfo and revocation endpoints (CORS). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_origins")
    public List<String> allowedOrigins = new ArrayList<>();
    /** OAuth grant types this client may use, e.g. {@code authorization_code}, {@code refresh_token}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "grant_types")
    public List<String> grantTypes = new ArrayList<>(List.of("client_credentials"));
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Whether this client may use {@code grantType}. */
    public boolean allows(String grantType) {
        return grantTypes.contains(grantType);
    }

    /** Whether this client cannot keep a secret (an SPA or native app): it names itself by id alone. */
    public boolean isPublic() {
        return type == ClientType.PUBLIC;
    }

    /** Takes checked settings ({@link ClientRules#check}); the type is set once, at creation. */
    void apply(ClientSettings settings) {
        name = settings.name();
        redirectUris = new ArrayList<>(settings.redirectUris());
        postLogoutRedirectUris = new ArrayList<>(settings.postLogoutRedirectUris());
        allowedOrigins = new ArrayList<>(settings.allowedOrigins());
        grantTypes = new ArrayList<>(settings.grantTypes());
    }

    @Override
    public String toString() {
        return "Client[" + clientId + "]";
    }
}

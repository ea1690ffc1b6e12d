package dev.gatehouse.user;

import dev.gatehouse.password.PasswordHashers;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A person or service account known to Gatehouse, Django's custom user model with the email as
 * the login identifier. The password column holds a Django-format hash, never plain text.
 */
@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    /** Where users whose password Gatehouse owns come from: the API (and registration) and the Django import. */
    private static final Set<String> LOCAL_SOURCES = Set.of("api", "import");

    /** Time-ordered (UUIDv7) so keyset pagination by id follows creation order. */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String email;
    public String username;
    /** Whether the user proved they receive mail at {@code email} (a mailed link, or a source that vouches for it). */
    @Column(name = "email_verified")
    public boolean emailVerified;
    public String password;
    @Column(name = "first_name")
    public String firstName = "";
    @Column(name = "last_name")
    public String lastName = "";
    @Column(name = "is_active")
    public boolean active = true;
    @Column(name = "is_staff")
    public boolean staff;
    @Column(name = "is_superuser")
    public boolean superuser;
    @Column(name = "last_login")
    public OffsetDateTime lastLogin;
    @Column(name = "date_joined")
    public OffsetDateTime dateJoined = OffsetDateTime.now();
    /** Which authentication backend created this user ("api" for users created through the API). */
    @Column(name = "provisioned_by")
    public String provisionedBy = "api";
    /** The key the provisioning backend knows this user by (e.g. the LDAP uid); null for local users. */
    @Column(name = "external_id")
    public String externalId;

    @OneToOne(mappedBy = "user", fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
    public Profile profile;

    /**
     * Whether Gatehouse's database owns this user's password: users from the API (and registration) and the
     * Django import. Another backend's users (LDAP, settings) log in there, so a password set here never works.
     */
    public boolean ownsLocalPassword() {
        return LOCAL_SOURCES.contains(provisionedBy);
    }

    /** False for no password or an unusable one ({@code "!"}-prefixed: made so on purpose, or never set). */
    public boolean hasUsablePassword() {
        return PasswordHashers.isUsable(password);
    }

    /** Links a fresh profile to this user; every user has exactly one. */
    public void attach(Profile newProfile) {
        newProfile.user = this;
        this.profile = newProfile;
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + email + "]";
    }
}

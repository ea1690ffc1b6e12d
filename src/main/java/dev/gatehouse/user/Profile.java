package dev.gatehouse.user;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/** The profile of one user: its primary key is the user's id, and it is deleted with the user. */
@Entity
@Table(name = "profiles")
public class Profile extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(name = "phone_number")
    public String phoneNumber;
    public String bio;
    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(JsonObjectCopies.class)
    public ObjectNode attributes;
}

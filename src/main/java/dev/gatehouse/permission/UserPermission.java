package dev.gatehouse.permission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A permission granted to one user directly; mapped so user queries can filter by it in HQL. */
@Entity
@Table(name = "user_permissions")
@IdClass(UserPermission.Key.class)
public class UserPermission extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Id
    @Column(name = "permission_id")
    public Long permissionId;

    /** Composite key (user, permission). */
    public static class Key implements Serializable {
        public UUID userId;
        public Long permissionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(permissionId, k.permissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, permissionId);
        }
    }
}

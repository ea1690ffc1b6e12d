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

/** A user's membership of a group; mapped so user queries can filter by it in HQL. */
@Entity
@Table(name = "user_groups")
@IdClass(UserGroup.Key.class)
public class UserGroup extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Id
    @Column(name = "group_id")
    public Long groupId;

    /** Composite key (user, group). */
    public static class Key implements Serializable {
        public UUID userId;
        public Long groupId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(groupId, k.groupId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, groupId);
        }
    }
}

package dev.gatehouse.permission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A named set of permissions that users join, like Django's {@code auth_group}. The entity is named
 * {@code AuthGroup} in queries because {@code group} is an HQL and SQL keyword.
 */
@Entity(name = "AuthGroup")
@Table(name = "auth_group")
public class Group extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @ManyToMany
    @JoinTable(name = "auth_group_permissions",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "permission_id"))
    public Set<Permission> permissions = new HashSet<>();

    @Override
    public String toString() {
        return "Group[" + name + "]";
    }
}

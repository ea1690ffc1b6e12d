package dev.gatehouse.permission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named right, {@code app_label.codename}, like Django's {@code auth_permission}. */
@Entity
@Table(name = "auth_permission")
public class Permission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "app_label")
    public String appLabel;
    public String codename;
    public String name;

    /** The permission as clients spell it: {@code app_label.codename}. */
    public String key() {
        return appLabel + "." + codename;
    }

    @Override
    public String toString() {
        return "Permission[" + key() + "]";
    }
}

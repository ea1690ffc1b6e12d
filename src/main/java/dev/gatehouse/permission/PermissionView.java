package dev.gatehouse.permission;

/** A permission as the API shows it: {@code permission} is {@code app_label.codename}. */
public record PermissionView(String permission, String appLabel, String codename, String name) {

    static PermissionView of(Permission p) {
        return new PermissionView(p.key(), p.appLabel, p.codename, p.name);
    }
}

package dev.gatehouse.permission;

import java.util.ArrayList;
import java.util.List;

/**
 * The account flags that carry privilege ({@code is_active}, {@code is_staff}, {@code is_superuser}) as a
 * request gives them for a new user; null means "not given". Only holders of {@code auth.change_user} may
 * set them, and only superusers may make a superuser.
 */
public record UserFlags(Boolean isActive, Boolean isStaff, Boolean isSuperuser) {

    /**
     * The flags given a value other than a new user's default (active, not staff, not superuser), by their
     * JSON names. Repeating a default grants nothing, so clients that send whole forms are not refused.
     */
    public List<String> setFields() {
        List<String> fields = new ArrayList<>();
        if (Boolean.FALSE.equals(isActive)) {
            fields.add("is_active");
        }
        if (Boolean.TRUE.equals(isStaff)) {
            fields.add("is_staff");
        }
        if (makesSuperuser()) {
            fields.add("is_superuser");
        }
        return fields;
    }

    public boolean makesSuperuser() {
        return Boolean.TRUE.equals(isSuperuser);
    }
}

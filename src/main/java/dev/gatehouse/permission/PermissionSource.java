package dev.gatehouse.permission;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.gatehouse.web.ProblemException;
import java.util.Locale;

/** Where a user's permissions come from, as in Django's get_user/get_group/get_all_permissions. */
public enum PermissionSource {
    USER, GROUP, ALL;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the {@code source} query parameter; null means all. */
    public static PermissionSource parse(String value) {
        if (value == null) {
            return ALL;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("source", "must be one of all, user, group");
        }
    }
}

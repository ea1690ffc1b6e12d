package dev.gatehouse.permission;

import dev.gatehouse.web.ProblemException;
import java.util.regex.Pattern;

/** A parsed {@code app_label.codename}; both parts are lowercase letters, digits or underscores, 1-100 long. */
public record PermissionName(String appLabel, String codename) {

    private static final Pattern PART = Pattern.compile("[a-z0-9_]{1,100}");

    /** Parses {@code value}, or throws a 400 problem naming {@code field}. */
    public static PermissionName parse(String field, String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 0 || !isLabel(value.substring(0, dot)) || !PART.matcher(value.substring(dot + 1)).matches()) {
            throw ProblemException.invalid(field, "must be app_label.codename in lowercase letters, digits and"
                    + " underscores, each part at most 100 characters");
        }
        return new PermissionName(value.substring(0, dot), value.substring(dot + 1));
    }

    /** True for a well-formed app label. */
    public static boolean isLabel(String value) {
        return value != null && PART.matcher(value).matches();
    }

    @Override
    public String toString() {
        return appLabel + "." + codename;
    }
}

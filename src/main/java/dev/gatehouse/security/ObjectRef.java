package dev.gatehouse.security;

import dev.gatehouse.web.ProblemException;
import java.util.regex.Pattern;

/** An object a permission may be checked against, written {@code type:id} (for example {@code document:42}). */
public record ObjectRef(String type, String id) {

    private static final Pattern FORMAT = Pattern.compile("([a-z0-9_.]{1,100}):([^\\s]{1,200})");

    /** Parses {@code value}; null stays null (a model-level check); a malformed value is a 400 problem. */
    public static ObjectRef parse(String field, String value) {
        if (value == null) {
            return null;
        }
        var m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw ProblemException.invalid(field, "must be type:id, for example document:42");
        }
        return new ObjectRef(m.group(1), m.group(2));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}

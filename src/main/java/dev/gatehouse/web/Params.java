package dev.gatehouse.web;

import java.util.List;
import java.util.UUID;

/**
 * Parses path and query parameters with a 400 that names the parameter; JAX-RS would answer a
 * malformed UUID or number with a bare 404, and read "maybe" as the boolean false.
 */
public final class Params {

    private Params() {}

    public static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static List<UUID> uuids(List<String> values, String name) {
        return values == null ? List.of() : values.stream().map(v -> uuid(v, name)).toList();
    }

    /** Null when absent; "true" or "false" otherwise. */
    public static Boolean bool(String value, String name) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static int integer(String value, String name, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }
}

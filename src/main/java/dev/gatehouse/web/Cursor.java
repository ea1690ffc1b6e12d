package dev.gatehouse.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The cursor of every keyset page: the sort key of the last row of the previous page, base64url, so
 * clients treat it as opaque. A cursor this service did not issue is a named 400, never a 500.
 */
public final class Cursor {

    private Cursor() {}

    /** From {@code limit + 1} fetched rows: the next page's cursor, or null when the extra row is absent. */
    public static <T> String next(List<T> rows, int limit, Function<T, ?> key) {
        return rows.size() > limit ? encode(String.valueOf(key.apply(rows.get(limit - 1)))) : null;
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a cursor this service issued; null stays null (the first page). */
    public static String decode(String cursor) {
        return decode(cursor, Function.identity());
    }

    /** The key parsed as its type ({@code UUID::fromString}, {@code Long::valueOf}); a parse failure is the same 400. */
    public static <K> K decode(String cursor, Function<String, K> parse) {
        if (cursor == null) {
            return null;
        }
        try {
            return parse.apply(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    /** Every paged endpoint takes {@code limit} between 1 and its configured maximum. */
    public static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ProblemException.invalid("limit", "must be between 1 and " + max);
        }
    }
}

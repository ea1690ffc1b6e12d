package dev.gatehouse.permission;

import dev.gatehouse.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** One keyset page; {@code nextCursor} is null on the last page. Cursors are opaque to clients. */
public record Page<T>(List<T> items, String nextCursor) {

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only says there is more. */
    static <T> Page<T> of(List<T> rows, int limit, Function<T, String> key) {
        String next = rows.size() > limit ? encode(key.apply(rows.get(limit - 1))) : null;
        return new Page<>(rows.stream().limit(limit).toList(), next);
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor this service issued; null stays null (the first page). */
    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ProblemException.invalid("limit", "must be between 1 and " + max);
        }
    }
}

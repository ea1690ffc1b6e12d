package dev.gatehouse.permission;

import dev.gatehouse.web.Cursor;
import java.util.List;
import java.util.function.Function;

/** One keyset page; {@code nextCursor} is null on the last page (see {@link Cursor}). */
public record Page<T>(List<T> items, String nextCursor) {

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only says there is more. */
    static <T> Page<T> of(List<T> rows, int limit, Function<T, String> key) {
        return new Page<>(rows.stream().limit(limit).toList(), Cursor.next(rows, limit, key));
    }
}

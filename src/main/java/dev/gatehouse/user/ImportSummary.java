package dev.gatehouse.user;

import java.util.List;

/** What an import did: counts, and the first failures with their line numbers. */
public record ImportSummary(long imported, long updated, long skipped, long failed, List<LineError> errors) {

    /** A line that could not be imported (line numbers start at 1). */
    public record LineError(long line, String field, String message) {}
}

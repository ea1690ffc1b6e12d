package dev.gatehouse.user;

import dev.gatehouse.user.ImportSummary.LineError;
import java.util.ArrayList;
import java.util.List;

/** Running counts of an import; keeps only the first failures so a bad file cannot fill memory. */
final class ImportTally {

    static final int MAX_REPORTED_ERRORS = 100;

    private long imported;
    private long updated;
    private long skipped;
    private long failed;
    private long lastFailedLine;
    private final List<LineError> errors = new ArrayList<>();

    void imported() {
        imported++;
    }

    void updated() {
        updated++;
    }

    void skipped() {
        skipped++;
    }

    void fail(LineError error) {
        if (error.line() != lastFailedLine) {
            failed++;
            lastFailedLine = error.line();
        }
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(error);
        }
    }

    long failed() {
        return failed;
    }

    /** When an atomic import failed, nothing was written, whatever the counters say. */
    ImportSummary summary(boolean atomic) {
        if (atomic && failed > 0) {
            return new ImportSummary(0, 0, skipped, failed, List.copyOf(errors));
        }
        return new ImportSummary(imported, updated, skipped, failed, List.copyOf(errors));
    }
}

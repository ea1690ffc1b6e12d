package dev.gatehouse.user;

import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import java.util.List;

/** The problem answer for an all-or-nothing import that had failed lines. */
final class ImportProblems {

    private ImportProblems() {}

    static ProblemException rolledBack(ImportSummary summary) {
        List<FieldError> errors = summary.errors().stream()
                .map(e -> new FieldError("lines[" + e.line() + "]" + (e.field().isEmpty() ? "" : "." + e.field()), e.message()))
                .toList();
        String detail = summary.failed() + " line(s) failed, so nothing was imported; fix them, or import with atomic=false"
                + " to import the good lines and skip the bad.";
        return new ProblemException(400, "Import rolled back", detail, errors);
    }
}

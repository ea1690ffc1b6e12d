package dev.gatehouse.web;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A failure that becomes an RFC 9457 problem response. Services throw it for rule violations the
 * caller can fix (bad input, conflict, not found); it carries no stack trace to the client.
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail, null, status);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", "The request has invalid fields.", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", message, List.of(new FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return forbidden(detail, List.of());
    }

    /** A refusal that names the fields the caller may not set. */
    public static ProblemException forbidden(String detail, List<FieldError> errors) {
        return new ProblemException(403, "Forbidden", detail, errors);
    }

    /** Problems are expected outcomes, not bugs: no stack trace is worth its cost here. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}

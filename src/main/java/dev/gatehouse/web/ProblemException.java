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
    private final long retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, 0);
    }

    private ProblemException(int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, status);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with {@code Retry-After}; {@code detail} is a format with one {@code %d} for the seconds. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", String.format(detail, retryAfterSeconds), List.of(),
                retryAfterSeconds);
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

    /** The 404 of every endpoint that names a user by id, worded once. */
    public static ProblemException noSuchUser(Object userId) {
        return notFound("No user has the id " + userId + ".");
    }

    /** The one 404 for a login session that is unknown, another user's, ended or expired. */
    public static ProblemException noSuchSession() {
        return notFound("No active session of this user has this id.");
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

    /** Seconds for the {@code Retry-After} header; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package dev.gatehouse.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds plain problems for HTTP statuses that carry no field errors. */
public final class Problems {

    private Problems() {}

    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, List.of());
    }

    static String detailFor(int status) {
        return switch (status) {
            case 401 -> "Authentication is required.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> "The requested resource does not exist.";
            case 405 -> "The method is not allowed on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request's content type is not supported.";
            default -> "The request could not be processed.";
        };
    }
}

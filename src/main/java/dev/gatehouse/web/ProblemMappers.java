package dev.gatehouse.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.gatehouse.password.HashingSaturated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error body is an RFC 9457 problem, and
 * nothing about the server's internals (class names, stack traces, SQL) reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.toProblem());
        if (e.retryAfterSeconds() > 0) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(Problems.of(status, Problems.detailFor(status)));
    }

    /**
     * Missing, invalid or expired bearer token: 401 problem with the Bearer challenge (RFC 6750 §3). A request
     * without a token gets the bare challenge; a token that failed gets {@code error="invalid_token"} (§3.1).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        String challenge = e instanceof AuthenticationFailedException ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Response.fromResponse(respond(Problems.of(401, Problems.detailFor(401))))
                .header("WWW-Authenticate", challenge).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problems.of(403, Problems.detailFor(403)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem());
    }

    /** Listed type by type: Quarkus registers its own mappers for the specific Jackson exceptions. */
    @ServerExceptionMapper({
        JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
        InvalidFormatException.class, UnrecognizedPropertyException.class, StreamReadException.class,
        JsonParseException.class
    })
    public Response json(JsonProcessingException e) {
        return respond(invalidJson(e).toProblem());
    }

    /** Names the offending field where Jackson knows it; never echoes Jackson's message (it names classes). */
    static ProblemException invalidJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = e instanceof UnrecognizedPropertyException ? "unknown field" : "has the wrong type or format";
            return ProblemException.invalid(FieldPaths.of(mapping.getPath()), message);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // valid JSON of the wrong shape (an array or a string where an object is wanted): say which shape
            return new ProblemException(400, "Bad Request", "The request body must be " + shape(mismatch.getTargetType()) + ".", List.of());
        }
        return new ProblemException(400, "Bad Request", "The request body is not valid JSON.", List.of());
    }

    private static String shape(Class<?> type) {
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a JSON string";
        }
        return "a JSON object";
    }

    /**
     * Framework readers throw IllegalArgumentException for undecodable input (a stray '%' in a form
     * body); logged without the message, which may quote the input and so a password.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        StackTraceElement origin = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.warnf("Refused undecodable input (%s at %s)", e.getClass().getSimpleName(), origin);
        return respond(Problems.of(400, "The request could not be decoded."));
    }

    /** Every password-hashing permit stayed taken (password/HashingPermits): 503, and when to come back. */
    @ServerExceptionMapper
    public Response hashingSaturated(HashingSaturated e) {
        return Response.fromResponse(respond(Problems.of(503, "The service is busy checking other passwords; try again shortly.")))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Failures.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage()); // a parameter, so LogLineGuard escapes it
            return respond(Problems.of(503, "The service is temporarily unavailable; try again shortly."));
        }
        if (Failures.isUniqueViolation(e)) {
            return respond(Problems.of(409, "The request conflicts with an existing resource."));
        }
        if (Failures.isInvalidData(e)) {
            return respond(Problems.of(400, "The request holds a value that cannot be stored (for example a NUL character)."));
        }
        if (Failures.isForeignKeyViolation(e)) {
            return respond(Problems.of(409, "The request refers to a resource that was deleted meanwhile."));
        }
        LOG.error("Unexpected failure", e);
        return respond(Problems.of(500, "An unexpected error occurred."));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

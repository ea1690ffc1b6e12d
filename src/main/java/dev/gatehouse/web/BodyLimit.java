package dev.gatehouse.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforces {@code gatehouse.http.max-body-size} on every JSON request before anything reads it, with
 * a 413 problem. Quarkus' own limit is set to the larger import size (the NDJSON import streams), and
 * would answer with an empty body; a body of unknown length (chunked) is refused with 411 outside the
 * import, so no JSON body can grow past the limit unseen.
 */
@ApplicationScoped
public class BodyLimit {

    private static final String STREAMED_PATH = "/users/import";

    void install(@Observes Router router, ObjectMapper mapper,
            @ConfigProperty(name = "gatehouse.http.max-body-size") MemorySize limit) {
        String tooLarge = write(mapper, Problems.of(413, "The request body is larger than " + limit.asLongValue() + " bytes."));
        String unknownLength = write(mapper, Problems.of(411, "Send the request body with a Content-Length header."));
        router.route().order(-10).handler(ctx -> {
            if (STREAMED_PATH.equals(ctx.normalizedPath())) {
                ctx.next();
                return;
            }
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, limit.asLongValue())) {
                refuse(ctx, 413, tooLarge);
            } else if (declared == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                refuse(ctx, 411, unknownLength);
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(io.vertx.ext.web.RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private static String write(ObjectMapper mapper, Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

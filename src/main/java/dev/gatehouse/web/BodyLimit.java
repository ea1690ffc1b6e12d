package dev.gatehouse.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforces {@code gatehouse.http.max-body-size} on every request but the import, with a 413 problem,
 * by counting the body's bytes as they arrive: a declared Content-Length is only a hint, and a chunked
 * HTTP/1.1 body or an HTTP/2 (h2c) body need not declare any. Quarkus' own limit is set to the larger
 * import size (the NDJSON import streams) and would answer with an empty body.
 *
 * <p>Hand-written rather than Vert.x's {@code BodyHandler}: that one also decodes form bodies itself,
 * which would change how the OAuth endpoints read their parameters, and on HTTP/2 it must finish before
 * RESTEasy starts, which then fails on the ended request. So a declared length is checked on the route
 * before anything reads, and the body is read by a pre-matching filter, once RESTEasy holds the request;
 * RESTEasy then reads the counted body from the routing context instead of the request.
 */
@ApplicationScoped
public class BodyLimit {

    private static final String STREAMED_PATH = "/users/import";

    private final long limit;
    private final String tooLarge;

    BodyLimit(ObjectMapper mapper, @ConfigProperty(name = "gatehouse.http.max-body-size") MemorySize size) {
        this.limit = size.asLongValue();
        this.tooLarge = write(mapper, Problems.of(413, "The request body is larger than " + limit + " bytes."));
    }

    void install(@Observes Router router) {
        router.route().order(-10).handler(ctx -> {
            if (!STREAMED_PATH.equals(ctx.normalizedPath()) && exceeds(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH), limit)) {
                HttpServerResponse response = ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
                if (ctx.request().version() != HttpVersion.HTTP_2) {
                    response.putHeader(HttpHeaders.CONNECTION, "close"); // the unread body must not become the next request
                }
                response.end(tooLarge);
            } else {
                ctx.next();
            }
        });
    }

    /** Buffers at most the limit; past it, answers 413 and drops the rest of the body as it arrives. */
    @ServerRequestFilter(preMatching = true)
    Uni<Response> readWithinLimit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (STREAMED_PATH.equals(ctx.normalizedPath()) || request.isEnded() || ctx.getBody() != null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().emitter(answer -> {
            Buffer body = Buffer.buffer();
            boolean[] refused = {false};
            request.handler(chunk -> {
                if (refused[0]) {
                    return;
                }
                if (body.length() + (long) chunk.length() > limit) {
                    refused[0] = true;
                    answer.complete(refusal(request));
                } else {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(answer::fail);
            request.endHandler(end -> {
                if (!refused[0]) {
                    ((RoutingContextInternal) ctx).visitHandler(RoutingContextInternal.BODY_HANDLER);
                    ctx.setBody(body);
                    answer.complete(null);
                }
            });
            if (request.version() != HttpVersion.HTTP_2 && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                ctx.response().writeContinue(); // RESTEasy sends it when it starts reading, which it now does not
            }
            request.resume();
        });
    }

    private Response refusal(HttpServerRequest request) {
        Response.ResponseBuilder response = Response.status(413).type(Problem.MEDIA_TYPE).entity(tooLarge);
        if (request.version() != HttpVersion.HTTP_2) {
            // HTTP/1.1 cannot skip the rest of the body without reading it; HTTP/2 drains just this stream
            response.header(HttpHeaders.CONNECTION.toString(), "close");
        }
        return response.build();
    }

    private static boolean exceeds(String declared, long limit) {
        if (declared == null) {
            return false;
        }
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself; the count still applies
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

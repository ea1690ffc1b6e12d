package dev.gatehouse.auth;

import dev.gatehouse.auth.client.ClientOrigins;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * CORS for the endpoints a browser app calls itself: token, revocation and userinfo, and the discovery document
 * and JWKS its OIDC library configures itself from (oidc-client-ts fetches them cross-origin). An origin some client
 * lists in {@code allowed_origins} gets {@code Access-Control-Allow-Origin} (its own value, never {@code *}) and
 * an answered preflight; any other origin, and every other path, gets no CORS header, so the browser keeps the
 * answer from the page. No credentials: these endpoints take tokens in the body or header, never cookies.
 * Quarkus' global CORS filter stays off, so the management API is never readable cross-origin.
 */
@ApplicationScoped
public class OAuthCors {

    private static final Logger LOG = Logger.getLogger(OAuthCors.class);
    static final Set<String> PATHS = Set.of("/auth/token", "/auth/revoke", "/auth/userinfo",
            "/.well-known/openid-configuration", "/.well-known/jwks.json");
    private static final String MAX_AGE = "600";

    private final ClientOrigins origins;

    OAuthCors(ClientOrigins origins) {
        this.origins = origins;
    }

    /** Before the body limit (order -10), so even its 413 is readable by an allowed page. */
    void install(@Observes Router router) {
        router.route().order(-20).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!PATHS.contains(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        // the answer differs by Origin, so no cache may hand one origin's answer to another
        ctx.response().putHeader("Vary", "Origin");
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        Set<String> fresh = origins.fresh();
        if (fresh != null) {
            answer(ctx, origin, fresh);
            return;
        }
        ctx.vertx().executeBlocking(origins::load, false).onComplete(loaded -> {
            if (loaded.failed()) {
                // fail closed: without the list, no origin is allowed; the request itself goes on
                LOG.warn("Cannot load the clients' allowed origins; answering without CORS", loaded.cause());
                ctx.next();
            } else {
                answer(ctx, origin, loaded.result());
            }
        });
    }

    private static void answer(RoutingContext ctx, String origin, Set<String> allowed) {
        if (!allowed.contains(origin)) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response().putHeader("Access-Control-Allow-Origin", origin);
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            ctx.next();
            return;
        }
        response.putHeader("Access-Control-Allow-Methods", "GET, POST")
                .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .putHeader("Access-Control-Max-Age", MAX_AGE)
                .setStatusCode(204).end();
    }
}

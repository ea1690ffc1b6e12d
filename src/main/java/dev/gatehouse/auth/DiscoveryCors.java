package dev.gatehouse.auth;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets any web page read the discovery document and the JWKS: a browser app's OIDC library (oidc-client-ts, for
 * one) configures itself from {@code /.well-known/openid-configuration} with a cross-origin GET, and the answer is
 * public. A wildcard without credentials exposes nothing a plain GET from anywhere would not; the endpoints that
 * take tokens follow the clients' allowed origins instead ({@code OAuthCors}).
 */
@ApplicationScoped
public class DiscoveryCors {

    void install(@Observes Router router) {
        for (String path : new String[] {"/.well-known/openid-configuration", "/.well-known/jwks.json"}) {
            router.route(HttpMethod.GET, path).order(-20).handler(ctx -> {
                ctx.response().putHeader("Access-Control-Allow-Origin", "*");
                ctx.next();
            });
        }
    }
}

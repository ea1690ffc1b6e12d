package dev.gatehouse.oidc;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The stylesheet of the hosted pages, the operator's own when {@code gatehouse.pages.directory} has one. */
@PermitAll
@Path("/auth/assets")
public class PageAssetResource {

    private final Pages pages;

    PageAssetResource(Pages pages) {
        this.pages = pages;
    }

    @GET
    @Path("/login.css")
    public Response stylesheet() {
        byte[] css = pages.asset("login.css").orElseThrow(() -> new IllegalStateException("built-in login.css missing"));
        // a short cache, so an operator's new stylesheet shows within minutes
        return Response.ok(css, "text/css;charset=UTF-8").header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}

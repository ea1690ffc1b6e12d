package dev.gatehouse.oidc;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.web.Problem;
import dev.gatehouse.web.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The UserInfo endpoint (OpenID Connect Core §5.3), GET or POST with a bearer access token in the
 * {@code Authorization} header (RFC 6750 §2.1; a token in the body or query is not read). A missing or
 * invalid token, or one whose user is gone or inactive, is 401 with the Bearer challenge; a token without
 * {@code openid} is 403 {@code insufficient_scope} (RFC 6750 §3.1).
 */
@Authenticated
@Path("/auth/userinfo")
@Produces(MediaType.APPLICATION_JSON)
public class UserInfoResource {

    static final String OPENID = "openid";

    private final CurrentUser currentUser;
    private final UserInfo userInfo;

    UserInfoResource(CurrentUser currentUser, UserInfo userInfo) {
        this.currentUser = currentUser;
        this.userInfo = userInfo;
    }

    @GET
    public Response get() {
        return claims();
    }

    @POST
    public Response post() {
        return claims();
    }

    private Response claims() {
        if (!currentUser.scopes().contains(OPENID)) {
            return insufficientScope();
        }
        return userInfo.of(currentUser.id(), currentUser.scopes())
                .map(claims -> Response.ok(claims).header("Cache-Control", "no-store").header("Pragma", "no-cache").build())
                .orElseThrow(AuthenticationFailedException::new);
    }

    private static Response insufficientScope() {
        Problem problem = Problems.of(403, "The access token was not granted the openid scope.");
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"openid\"").build();
    }
}

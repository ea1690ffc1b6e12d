package dev.gatehouse.session;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** The caller's own login sessions: list them, end one (say, a browser left logged in elsewhere). */
@Path("/users/me/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OwnSessionResource {

    private final LoginSessions sessions;
    private final SessionCookie cookie;
    private final CurrentUser caller;
    private final PermissionGuard guard;

    OwnSessionResource(LoginSessions sessions, SessionCookie cookie, CurrentUser caller, PermissionGuard guard) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.caller = caller;
        this.guard = guard;
    }

    @GET
    public List<SessionView> list(@Context HttpHeaders headers) {
        guard.requireActive(caller.id());
        return sessions.viewsOf(caller.id(), cookie.secretIn(headers));
    }

    @DELETE
    @Path("/{id}")
    public Response end(@RestPath String id) {
        guard.requireActive(caller.id());
        if (!sessions.end(Params.uuid(id, "id"), caller.id(), EndReason.REVOKED)) {
            throw ProblemException.noSuchSession();
        }
        return Response.noContent().build();
    }
}

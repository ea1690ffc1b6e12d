package dev.gatehouse.session;

import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.user.User;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * An admin's view of a user's login sessions. Reading needs {@code auth.view_user} and {@code auth.change_user}
 * (a session shows where and with what the user logs in, and listing is there to end them); ending one needs
 * {@code auth.change_user} and the takeover rule of other identity changes (the caller holds everything the
 * target holds; a superuser's sessions only for a superuser).
 */
@Path("/users/{id}/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UserSessionResource {

    private final LoginSessions sessions;
    private final SessionCookie cookie;
    private final CurrentUser caller;
    private final PermissionGuard guard;
    private final PrivilegeGuard privileges;

    UserSessionResource(LoginSessions sessions, SessionCookie cookie, CurrentUser caller, PermissionGuard guard,
            PrivilegeGuard privileges) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.caller = caller;
        this.guard = guard;
        this.privileges = privileges;
    }

    @GET
    public List<SessionView> list(@RestPath String id, @Context HttpHeaders headers) {
        UUID userId = Params.uuid(id, "id");
        guard.require(caller.id(), "auth.view_user");
        guard.require(caller.id(), "auth.change_user");
        if (User.count("id", userId) == 0) {
            throw ProblemException.noSuchUser(userId);
        }
        return sessions.viewsOf(userId, cookie.secretIn(headers));
    }

    @DELETE
    @Path("/{session_id}")
    public Response end(@RestPath String id, @RestPath("session_id") String sessionId) {
        UUID userId = Params.uuid(id, "id");
        UUID session = Params.uuid(sessionId, "session_id");
        guard.require(caller.id(), "auth.change_user");
        privileges.requireMayChangeCredentials(caller.id(), userId);
        if (!sessions.end(session, userId, EndReason.REVOKED)) {
            throw ProblemException.noSuchSession();
        }
        return Response.noContent().build();
    }
}

package dev.gatehouse.permission;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** HTTP for permissions and permission checks: each method needs the permission on its first line. */
@Authenticated
@Path("/permissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PermissionResource {

    private final PermissionService permissions;
    private final PermissionGuard guard;
    private final CurrentUser caller;

    PermissionResource(PermissionService permissions, PermissionGuard guard, CurrentUser caller) {
        this.permissions = permissions;
        this.guard = guard;
        this.caller = caller;
    }

    @GET
    public Page<PermissionView> list(@RestQuery("app_label") String appLabel, @RestQuery String cursor,
            @RestQuery String limit) {
        guard.require(caller.id(), "auth.view_permission");
        return permissions.list(appLabel, cursor, Params.integer(limit, "limit", 50));
    }

    /** Idempotent, so a service may register its permissions at every start: 201 when new, 200 otherwise. */
    @POST
    public Response register(@Valid @NotNull RegisterPermissionRequest request) {
        guard.require(caller.id(), "auth.add_permission");
        Registration registration = permissions.register(request);
        return Response.status(registration.created() ? 201 : 200).entity(registration.permission()).build();
    }

    @DELETE
    @Path("/{perm}")
    public Response delete(@RestPath String perm) {
        guard.require(caller.id(), "auth.delete_permission");
        if (!permissions.delete(perm)) {
            throw ProblemException.notFound("No permission is named " + perm + ".");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/check")
    public CheckResult check(@Valid @NotNull CheckRequest request) {
        guard.require(caller.id(), "auth.view_permission");
        return permissions.check(request)
                .orElseThrow(() -> ProblemException.noSuchUser(request.userId()));
    }
}

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * HTTP for groups: each method needs the permission on its first line; a group's permissions must also be
 * held by whoever puts them in it (superusers hold all), or a member of the group would gain them.
 */
@Authenticated
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {

    private final GroupService groups;
    private final PermissionGuard guard;
    private final PrivilegeGuard privileges;
    private final CurrentUser caller;

    GroupResource(GroupService groups, PermissionGuard guard, PrivilegeGuard privileges, CurrentUser caller) {
        this.groups = groups;
        this.guard = guard;
        this.privileges = privileges;
        this.caller = caller;
    }

    @GET
    public Page<GroupSummary> list(@RestQuery String cursor, @RestQuery String limit) {
        guard.require(caller.id(), "auth.view_group");
        return groups.list(cursor, Params.integer(limit, "limit", 50));
    }

    @POST
    public Response create(@Valid @NotNull GroupRequest request) {
        guard.require(caller.id(), "auth.add_group");
        privileges.requireHoldsAll(caller.id(), orEmpty(request.permissions()));
        GroupView group = groups.create(request);
        return Response.created(UriBuilder.fromPath("/groups/{name}").build(group.name())).entity(group).build();
    }

    @GET
    @Path("/{name}")
    public GroupView get(@RestPath String name) {
        guard.require(caller.id(), "auth.view_group");
        return groups.get(name).orElseThrow(() -> notFound(name));
    }

    @PATCH
    @Path("/{name}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public GroupView patch(@RestPath String name, @Valid @NotNull GroupRequest changes) {
        guard.require(caller.id(), "auth.change_group");
        privileges.requireHoldsAll(caller.id(), orEmpty(changes.permissions()));
        return groups.patch(name, changes).orElseThrow(() -> notFound(name));
    }

    @DELETE
    @Path("/{name}")
    public Response delete(@RestPath String name) {
        guard.require(caller.id(), "auth.delete_group");
        if (!groups.delete(name)) {
            throw notFound(name);
        }
        return Response.noContent().build();
    }

    private static List<String> orEmpty(List<String> perms) {
        return perms == null ? List.of() : perms;
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("No group is named " + name + ".");
    }
}

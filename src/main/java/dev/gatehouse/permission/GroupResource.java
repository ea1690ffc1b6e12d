package dev.gatehouse.permission;

import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** HTTP for groups: maps each request to one service call. */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {

    private final GroupService groups;

    GroupResource(GroupService groups) {
        this.groups = groups;
    }

    @GET
    public Page<GroupSummary> list(@RestQuery String cursor, @RestQuery String limit) {
        return groups.list(cursor, Params.integer(limit, "limit", 50));
    }

    @POST
    public Response create(@Valid @NotNull GroupRequest request) {
        GroupView group = groups.create(request);
        return Response.created(UriBuilder.fromPath("/groups/{name}").build(group.name())).entity(group).build();
    }

    @GET
    @Path("/{name}")
    public GroupView get(@RestPath String name) {
        return groups.get(name).orElseThrow(() -> notFound(name));
    }

    @PATCH
    @Path("/{name}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public GroupView patch(@RestPath String name, @Valid @NotNull GroupRequest changes) {
        return groups.patch(name, changes).orElseThrow(() -> notFound(name));
    }

    @DELETE
    @Path("/{name}")
    public Response delete(@RestPath String name) {
        if (!groups.delete(name)) {
            throw notFound(name);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("No group is named " + name + ".");
    }
}

package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** HTTP for users: maps each request to one service call. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final UserService users;
    private final UserLookup lookup;

    UserResource(UserService users, UserLookup lookup) {
        this.users = users;
        this.lookup = lookup;
    }

    @POST
    public Response create(@Valid @NotNull CreateUserRequest request) {
        UserView user = users.create(request);
        return Response.created(URI.create("/users/" + user.id())).entity(user).build();
    }

    @POST
    @Path("/bulk")
    public Response createAll(@Valid @NotNull BulkCreateRequest request) {
        return Response.status(201).entity(Map.of("items", users.createAll(request.users()))).build();
    }

    @POST
    @Path("/get-or-create")
    public Response getOrCreate(@Valid @NotNull GetOrCreateRequest request) {
        GetOrCreateResult result = users.getOrCreate(request);
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @GET
    @Path("/{id}")
    public UserView get(@RestPath UUID id) {
        return lookup.findWithProfile(id).map(UserView::of).orElseThrow(() -> notFound(id));
    }

    @GET
    public UserPage list(@RestQuery String email, @RestQuery("is_active") Boolean isActive,
            @RestQuery("id") List<UUID> ids, @RestQuery String permission, @RestQuery String group,
            @RestQuery("include_superusers") @DefaultValue("true") boolean includeSuperusers,
            @RestQuery String cursor, @RestQuery @DefaultValue("50") int limit) {
        var filter = new UserFilter(email, isActive, ids == null ? List.of() : ids, permission, group, includeSuperusers);
        return lookup.list(filter, cursor, limit);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public UserView patch(@RestPath UUID id, JsonNode patch) {
        return users.patch(id, patch).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@RestPath UUID id) {
        if (!users.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No user has the id " + id + ".");
    }
}

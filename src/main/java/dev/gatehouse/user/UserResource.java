package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.security.Authorization;
import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * HTTP for users: maps each request to one service call. Each method's first line names the permission it
 * needs; {@code /users/me} needs only an active caller (a literal path, so JAX-RS prefers it to {@code {id}}).
 */
@Authenticated
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NDJSON = "application/x-ndjson";

    private final UserService users;
    private final UserLookup lookup;
    private final UserImporter importer;
    private final PermissionGuard guard;
    private final Authorization authorizer;
    private final CurrentUser caller;

    UserResource(UserService users, UserLookup lookup, UserImporter importer, PermissionGuard guard,
            Authorization authorizer, CurrentUser caller) {
        this.users = users;
        this.lookup = lookup;
        this.importer = importer;
        this.guard = guard;
        this.authorizer = authorizer;
        this.caller = caller;
    }

    @POST
    public Response create(@Valid @NotNull CreateUserRequest request) {
        guard.require(caller.id(), "auth.add_user");
        UserView user = users.create(caller.id(), request);
        return Response.created(URI.create("/users/" + user.id())).entity(user).build();
    }

    @POST
    @Path("/bulk")
    public Response createAll(@Valid @NotNull BulkCreateRequest request) {
        guard.require(caller.id(), "auth.add_user");
        return Response.status(201).entity(Map.of("items", users.createAll(caller.id(), request.users()))).build();
    }

    @POST
    @Path("/get-or-create")
    public Response getOrCreate(@Valid @NotNull GetOrCreateRequest request) {
        guard.require(caller.id(), "auth.add_user");
        GetOrCreateResult result = users.getOrCreate(caller.id(), request);
        // auth.add_user alone must not read users: the full view would show any user's details by email
        GetOrCreateResult shown = authorizer.hasPerm(caller.id(), "auth.view_user", null) ? result : result.withoutUser();
        return Response.status(result.created() ? 201 : 200).entity(shown).build();
    }

    /** Django users as NDJSON, streamed; see docs/passwords-and-import.md "Importing users from Django". */
    @POST
    @Path("/import")
    @Consumes(NDJSON)
    public ImportSummary importUsers(InputStream body, @RestQuery("on_conflict") String onConflict,
            @RestQuery String atomic) {
        guard.require(caller.id(), "auth.add_user");
        UserImporter.OnConflict mode = conflictMode(onConflict);
        if (mode == UserImporter.OnConflict.UPDATE) {
            guard.require(caller.id(), "auth.change_user");
        }
        boolean allOrNothing = !Boolean.FALSE.equals(Params.bool(atomic, "atomic"));
        ImportSummary summary = importer.importAll(caller.id(), body, mode, allOrNothing);
        if (allOrNothing && summary.failed() > 0) {
            throw ImportProblems.rolledBack(summary);
        }
        return summary;
    }

    @GET
    @Path("/me")
    public UserView me() {
        guard.requireActive(caller.id());
        return lookup.findWithProfile(caller.id()).map(UserView::of).orElseThrow(() -> ProblemException.noSuchUser(caller.id()));
    }

    /** Names only: any other field is a 403 problem naming it. */
    @PATCH
    @Path("/me")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public UserView patchMe(JsonNode patch) {
        guard.requireActive(caller.id());
        return users.patchOwnNames(caller.id(), patch).orElseThrow(() -> ProblemException.noSuchUser(caller.id()));
    }

    @GET
    @Path("/{id}")
    public UserView get(@RestPath String id) {
        guard.require(caller.id(), "auth.view_user");
        UUID userId = Params.uuid(id, "id");
        return lookup.findWithProfile(userId).map(UserView::of).orElseThrow(() -> ProblemException.noSuchUser(userId));
    }

    @GET
    public UserPage list(@RestQuery String email, @RestQuery("is_active") String isActive,
            @RestQuery("id") List<String> ids, @RestQuery String permission, @RestQuery String group,
            @RestQuery("include_superusers") String includeSuperusers, @RestQuery String cursor,
            @RestQuery String limit) {
        guard.require(caller.id(), "auth.view_user");
        UserFilter filter = new UserFilter(email, Params.bool(isActive, "is_active"), Params.uuids(ids, "id"),
                permission, group, !Boolean.FALSE.equals(Params.bool(includeSuperusers, "include_superusers")));
        return lookup.list(filter, cursor, Params.integer(limit, "limit", 50));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public UserView patch(@RestPath String id, JsonNode patch) {
        guard.require(caller.id(), "auth.change_user");
        UUID userId = Params.uuid(id, "id");
        return users.patch(caller.id(), userId, patch).orElseThrow(() -> ProblemException.noSuchUser(userId));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@RestPath String id) {
        guard.require(caller.id(), "auth.delete_user");
        UUID userId = Params.uuid(id, "id");
        if (!users.delete(caller.id(), userId)) {
            throw ProblemException.noSuchUser(userId);
        }
        return Response.noContent().build();
    }

    private static UserImporter.OnConflict conflictMode(String value) {
        try {
            return value == null ? UserImporter.OnConflict.FAIL : UserImporter.OnConflict.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("on_conflict", "must be skip, update or fail");
        }
    }

}

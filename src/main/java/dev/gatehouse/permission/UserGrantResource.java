package dev.gatehouse.permission;

import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** HTTP for a user's grants ({@code /users/{id}/permissions|groups}): one service call each, 204 on writes. */
@Path("/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class UserGrantResource {

    private final GrantService grants;
    private final Authorizer authorizer;

    UserGrantResource(GrantService grants, Authorizer authorizer) {
        this.grants = grants;
        this.authorizer = authorizer;
    }

    @GET
    @Path("/permissions")
    public UserPermissions permissions(@RestPath String id, @RestQuery String source) {
        return authorizer.permissions(Params.uuid(id, "id"), PermissionSource.parse(source))
                .orElseThrow(() -> ProblemException.notFound("No user has the id " + id + "."));
    }

    @PUT
    @Path("/permissions/{perm}")
    public void grant(@RestPath String id, @RestPath String perm) {
        grants.grant(Params.uuid(id, "id"), perm);
    }

    @DELETE
    @Path("/permissions/{perm}")
    public void revoke(@RestPath String id, @RestPath String perm) {
        grants.revoke(Params.uuid(id, "id"), perm);
    }

    @PUT
    @Path("/groups/{group}")
    public void join(@RestPath String id, @RestPath String group) {
        grants.join(Params.uuid(id, "id"), group);
    }

    @DELETE
    @Path("/groups/{group}")
    public void leave(@RestPath String id, @RestPath String group) {
        grants.leave(Params.uuid(id, "id"), group);
    }
}

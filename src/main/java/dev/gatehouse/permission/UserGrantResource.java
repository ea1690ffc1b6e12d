package dev.gatehouse.permission;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * HTTP for a user's grants ({@code /users/{id}/permissions|groups}): one service call each, 204 on writes.
 * Changing grants needs auth.change_user, and granting a permission, directly or through a group, needs
 * holding it (superusers hold all). Reading needs auth.view_user, except one's own.
 */
@Authenticated
@Path("/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class UserGrantResource {

    private final GrantService grants;
    private final Authorizer authorizer;
    private final PermissionGuard guard;
    private final PrivilegeGuard privileges;
    private final CurrentUser caller;

    UserGrantResource(GrantService grants, Authorizer authorizer, PermissionGuard guard, PrivilegeGuard privileges,
            CurrentUser caller) {
        this.grants = grants;
        this.authorizer = authorizer;
        this.guard = guard;
        this.privileges = privileges;
        this.caller = caller;
    }

    @GET
    @Path("/permissions")
    public UserPermissions permissions(@RestPath String id, @RestQuery String source) {
        UUID userId = Params.uuid(id, "id");
        guard.requireSelfOr(caller.id(), userId, "auth.view_user");
        return authorizer.permissions(userId, PermissionSource.parse(source))
                .orElseThrow(() -> ProblemException.noSuchUser(id));
    }

    @PUT
    @Path("/permissions/{perm}")
    public void grant(@RestPath String id, @RestPath String perm) {
        guard.require(caller.id(), "auth.change_user");
        privileges.requireMayGrant(caller.id(), perm);
        grants.grant(Params.uuid(id, "id"), perm);
    }

    @DELETE
    @Path("/permissions/{perm}")
    public void revoke(@RestPath String id, @RestPath String perm) {
        guard.require(caller.id(), "auth.change_user");
        grants.revoke(Params.uuid(id, "id"), perm);
    }

    @PUT
    @Path("/groups/{group}")
    public void join(@RestPath String id, @RestPath String group) {
        guard.require(caller.id(), "auth.change_user");
        privileges.requireMayJoin(caller.id(), List.of(group));
        grants.join(Params.uuid(id, "id"), group);
    }

    @DELETE
    @Path("/groups/{group}")
    public void leave(@RestPath String id, @RestPath String group) {
        guard.require(caller.id(), "auth.change_user");
        grants.leave(Params.uuid(id, "id"), group);
    }
}

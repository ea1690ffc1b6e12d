package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/** HTTP for profiles, addressed by their user's id; every active user may read and patch their own. */
@Authenticated
@Path("/profiles/{user_id}")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final PermissionGuard guard;
    private final CurrentUser caller;

    ProfileResource(ProfileService profiles, PermissionGuard guard, CurrentUser caller) {
        this.profiles = profiles;
        this.guard = guard;
        this.caller = caller;
    }

    @GET
    public ProfileView get(@RestPath("user_id") String userId) {
        UUID id = Params.uuid(userId, "user_id");
        guard.requireSelfOr(caller.id(), id, "auth.view_profile");
        return profiles.find(id).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public ProfileView patch(@RestPath("user_id") String userId, JsonNode patch) {
        UUID id = Params.uuid(userId, "user_id");
        guard.requireSelfOr(caller.id(), id, "auth.change_profile");
        return profiles.patch(id, patch).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID userId) {
        return ProblemException.notFound("No profile exists for the user " + userId + ".");
    }
}

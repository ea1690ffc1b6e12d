package dev.gatehouse.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Clients, guarded by {@code auth.view_client}, {@code auth.add_client}, {@code auth.change_client} (updates,
 * secret rotation) and {@code auth.delete_client}.
 */
@Authenticated
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService clients;
    private final PermissionGuard guard;
    private final CurrentUser caller;

    ClientResource(ClientService clients, PermissionGuard guard, CurrentUser caller) {
        this.clients = clients;
        this.guard = guard;
        this.caller = caller;
    }

    @GET
    public Map<String, List<ClientView>> list() {
        guard.require(caller.id(), "auth.view_client");
        return Map.of("items", clients.list());
    }

    /** 201 with the secret (none for a public client), which is shown this once and stored only as a hash. */
    @POST
    public Response create(@Valid @NotNull ClientSettings request) {
        guard.require(caller.id(), "auth.add_client");
        CreatedClient created = clients.create(request);
        return Response.created(URI.create("/clients/" + created.clientId())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{client_id}")
    public ClientView get(@RestPath("client_id") String clientId) {
        guard.require(caller.id(), "auth.view_client");
        return clients.view(clientId).orElseThrow(() -> notFound(clientId));
    }

    @PATCH
    @Path("/{client_id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public ClientView patch(@RestPath("client_id") String clientId, JsonNode patch) {
        guard.require(caller.id(), "auth.change_client");
        return clients.patch(clientId, patch).orElseThrow(() -> notFound(clientId));
    }

    /** A new secret, shown this once; 409 for a public client. It reads no body, so any content type will do. */
    @POST
    @Path("/{client_id}/secret")
    @Consumes(MediaType.WILDCARD)
    public Response rotateSecret(@RestPath("client_id") String clientId) {
        guard.require(caller.id(), "auth.change_client");
        ClientSecret secret = clients.rotateSecret(clientId).orElseThrow(() -> notFound(clientId));
        return Response.ok(secret).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{client_id}")
    public Response delete(@RestPath("client_id") String clientId) {
        guard.require(caller.id(), "auth.delete_client");
        if (!clients.delete(clientId)) {
            throw notFound(clientId);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String clientId) {
        return ProblemException.notFound("No client has the id " + clientId + ".");
    }
}

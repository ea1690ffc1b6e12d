package dev.gatehouse.auth.client;

import dev.gatehouse.security.CurrentUser;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;

/** Service clients, guarded by {@code auth.view_client}, {@code auth.add_client} and {@code auth.delete_client}. */
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

    /** 201 with the secret, which is shown this once and stored only as a hash. */
    @POST
    public Response create(@Valid @NotNull CreateClientRequest request) {
        guard.require(caller.id(), "auth.add_client");
        CreatedClient created = clients.create(request);
        return Response.created(URI.create("/clients/" + created.clientId())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{client_id}")
    public Response delete(@RestPath("client_id") String clientId) {
        guard.require(caller.id(), "auth.delete_client");
        if (!clients.delete(clientId)) {
            throw ProblemException.notFound("No client has the id " + clientId + ".");
        }
        return Response.noContent().build();
    }
}

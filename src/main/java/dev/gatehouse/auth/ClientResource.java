package dev.gatehouse.auth;

import jakarta.annotation.security.RolesAllowed;
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
import dev.gatehouse.web.ProblemException;
import org.jboss.resteasy.reactive.RestPath;

/** Service clients; superusers only until the permission feature grants {@code auth.*_client}. */
@Path("/clients")
@RolesAllowed("superuser")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService clients;

    ClientResource(ClientService clients) {
        this.clients = clients;
    }

    @GET
    public Map<String, List<ClientView>> list() {
        return Map.of("items", clients.list());
    }

    /** 201 with the secret, which is shown this once and stored only as a hash. */
    @POST
    public Response create(@Valid @NotNull CreateClientRequest request) {
        CreatedClient created = clients.create(request);
        return Response.created(URI.create("/clients/" + created.clientId())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{client_id}")
    public Response delete(@RestPath("client_id") String clientId) {
        if (!clients.delete(clientId)) {
            throw ProblemException.notFound("No client has the id " + clientId + ".");
        }
        return Response.noContent().build();
    }
}

package dev.gatehouse.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gatehouse.auth.throttle.ClientAddress;
import dev.gatehouse.password.HashingSaturated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The OAuth 2.0 endpoints: token (RFC 6749), revocation (RFC 7009) and introspection (RFC 7662). Each
 * takes form-encoded or JSON parameters. Errors here are RFC 6749 JSON, mapped only for this class.
 */
@PermitAll
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;
    private final Introspection introspection;
    private final ClientAddress clientAddress;

    TokenResource(TokenService tokens, Introspection introspection, ClientAddress clientAddress) {
        this.tokens = tokens;
        this.introspection = introspection;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tokenForm(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context HttpServerRequest http) {
        return noStore(tokens.token(TokenRequest.of(form, ClientAuth.fromBasic(auth), ip(http))));
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response tokenJson(Map<String, Object> body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context HttpServerRequest http) {
        return noStore(tokens.token(TokenRequest.of(params(body), ClientAuth.fromBasic(auth), ip(http))));
    }

    /**
     * RFC 7009: 200 whether or not the token existed or was the calling client's, so revocation reveals
     * nothing; a confidential client authenticates (HTTP Basic or body), else 401 invalid_client.
     */
    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeForm(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        return revoke(form, auth);
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revokeJson(Map<String, Object> body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        return revoke(params(body), auth);
    }

    private Response revoke(Map<String, List<String>> params, String auth) {
        tokens.revoke(TokenRequest.of(withoutToken(params), ClientAuth.fromBasic(auth), null), first(params, "token"));
        return noStore(null);
    }

    /** RFC 7662: only authenticated clients may ask. */
    @POST
    @Path("/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response introspectForm(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        return introspect(form, auth);
    }

    @POST
    @Path("/introspect")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response introspectJson(Map<String, Object> body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        return introspect(params(body), auth);
    }

    private Response introspect(Map<String, List<String>> params, String auth) {
        tokens.authenticatedClient(TokenRequest.of(withoutToken(params), ClientAuth.fromBasic(auth), null));
        return noStore(introspection.introspect(first(params, "token")));
    }

    @ServerExceptionMapper
    public Response tokenError(TokenError e) {
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new TokenError.Body(e.error(), e.getMessage()))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gatehouse\"");
        }
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    /** Saturated hashing in the RFC 6749 shape, not the problem+json the rest of the service answers. */
    @ServerExceptionMapper
    public Response overloaded(HashingSaturated e) {
        return tokenError(TokenError.overloaded(e.retryAfterSeconds()));
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return tokenError(TokenError.invalidRequest("The request body is not a JSON object of parameters."));
    }

    /** Unreadable bodies and unsupported media types, still in the RFC 6749 shape OAuth clients parse. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            throw e;
        }
        return tokenError(new TokenError(status, "invalid_request",
                "Send form-encoded (or JSON) OAuth parameters; see RFC 6749 section 4."));
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /** JSON parameters in the shape of form parameters; nested objects are not parameters. */
    private static Map<String, List<String>> params(Map<String, Object> body) {
        if (body == null) {
            throw TokenError.invalidRequest("The request body is empty.");
        }
        return body.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(scalar(e))));
    }

    private static String scalar(Map.Entry<String, Object> entry) {
        Object value = entry.getValue();
        if (value instanceof Map || value instanceof List) {
            throw TokenError.invalidRequest("The parameter " + entry.getKey() + " must be a string.");
        }
        return value == null ? "" : value.toString();
    }

    private static Map<String, List<String>> withoutToken(Map<String, List<String>> params) {
        return params.entrySet().stream().filter(e -> !e.getKey().startsWith("token"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params == null ? null : params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private String ip(HttpServerRequest http) {
        return clientAddress.of(http);
    }
}

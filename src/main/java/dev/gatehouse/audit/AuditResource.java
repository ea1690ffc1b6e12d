package dev.gatehouse.audit;

import dev.gatehouse.security.CurrentUser;
import dev.gatehouse.security.PermissionGuard;
import dev.gatehouse.web.Params;
import dev.gatehouse.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail, for holders of {@code auth.view_auditevent}. */
@Path("/audit-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditQuery query;
    private final PermissionGuard guard;
    private final CurrentUser caller;

    AuditResource(AuditQuery query, PermissionGuard guard, CurrentUser caller) {
        this.query = query;
        this.guard = guard;
        this.caller = caller;
    }

    @GET
    public AuditPage list(@RestQuery("user_id") String userId, @RestQuery String type, @RestQuery String since,
            @RestQuery String until, @RestQuery String cursor, @RestQuery String limit) {
        guard.require(caller.id(), "auth.view_auditevent");
        AuditFilter filter = new AuditFilter(userId == null ? null : Params.uuid(userId, "user_id"), type,
                instant(since, "since"), instant(until, "until"));
        return query.list(filter, cursor, Params.integer(limit, "limit", 50));
    }

    private static OffsetDateTime instant(String value, String name) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 date-time, e.g. 2026-01-31T12:00:00Z");
        }
    }
}

package dev.gatehouse.auth.client;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The browser origins any client allows (CORS), remembered for {@code gatehouse.clients.origins-cache-ttl}.
 * A change through this instance forgets them when it commits; one made through another instance is seen
 * once the time has passed, so two instances agree within it.
 */
@ApplicationScoped
public class ClientOrigins {

    private static final String QUERY = "SELECT DISTINCT unnest(allowed_origins) FROM clients";

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration ttl;
    /** Moves on every forgetting, so a load that started before a change does not store what it read. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    ClientOrigins(AgroalDataSource dataSource, Clock clock, ClientsConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.ttl = config.originsCacheTtl();
    }

    /** The remembered origins while they are fresh; null when they must be loaded (a blocking read). */
    public Set<String> fresh() {
        Snapshot current = snapshot;
        return current != null && clock.instant().isBefore(current.expires()) ? current.origins() : null;
    }

    /** Reads the origins from the database and remembers them. Blocking: never on an event-loop thread. */
    public Set<String> load() {
        long started = generation.get();
        Instant now = clock.instant();
        Set<String> origins = read();
        if (generation.get() == started) {
            snapshot = new Snapshot(origins, now.plus(ttl));
        }
        return origins;
    }

    void onClientChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientChanged event) {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Set<String> read() {
        Set<String> origins = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                origins.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the clients' allowed origins", e);
        }
        return Set.copyOf(origins);
    }

    private record Snapshot(Set<String> origins, Instant expires) {}
}

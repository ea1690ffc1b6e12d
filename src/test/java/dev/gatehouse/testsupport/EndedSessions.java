package dev.gatehouse.testsupport;

import dev.gatehouse.session.SessionEnded;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every {@link SessionEnded} fired in the test run, so a test sees that ending a session told the token side. */
@Singleton
public class EndedSessions {

    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    void on(@Observes SessionEnded event) {
        ids.add(event.sessionId());
    }

    public boolean fired(UUID sessionId) {
        return ids.contains(sessionId);
    }
}

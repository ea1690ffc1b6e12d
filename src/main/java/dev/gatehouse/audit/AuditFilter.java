package dev.gatehouse.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What {@code GET /audit-events} asks for; null means no filter. {@code since} is inclusive, {@code until} exclusive. */
public record AuditFilter(UUID userId, String type, OffsetDateTime since, OffsetDateTime until) {}

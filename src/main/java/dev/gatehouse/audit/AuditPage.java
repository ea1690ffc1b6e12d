package dev.gatehouse.audit;

import java.util.List;

/** One page of audit events, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEventView> items, String nextCursor) {}

package dev.gatehouse.user;

import java.util.List;
import java.util.UUID;

/** Filters of {@code GET /users}; null or empty means "any". */
public record UserFilter(String email, Boolean isActive, List<UUID> ids) {}

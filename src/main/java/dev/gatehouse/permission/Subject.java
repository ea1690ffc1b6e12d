package dev.gatehouse.permission;

import java.util.Set;
import java.util.UUID;

/**
 * The user a permission question is about: the flags every backend must respect, and the grants stored in
 * Gatehouse ({@code userGrants} directly, {@code groupGrants} through groups). Both are read together in
 * one SQL statement by {@link ModelBackend#load}, so a check costs one round trip however many groups.
 */
public record Subject(UUID id, boolean active, boolean superuser, Set<String> userGrants, Set<String> groupGrants) {}

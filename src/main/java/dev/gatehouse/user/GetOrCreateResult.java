package dev.gatehouse.user;

/** The answer of get-or-create: the user, and whether this call created it. */
public record GetOrCreateResult(boolean created, UserView user) {}

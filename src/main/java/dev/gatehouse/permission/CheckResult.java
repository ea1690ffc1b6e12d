package dev.gatehouse.permission;

import java.util.List;

/** Answer of {@code POST /permissions/check}: {@code allowed} when {@code missing} is empty. */
public record CheckResult(boolean allowed, List<String> missing) {}

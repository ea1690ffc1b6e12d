package dev.gatehouse.permission;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /permissions/check}; {@code object} is {@code type:id} or absent. */
public record CheckRequest(@NotNull UUID userId, @NotEmpty List<@NotNull String> permissions, String object) {}

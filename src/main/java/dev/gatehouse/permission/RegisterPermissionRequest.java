package dev.gatehouse.permission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /permissions}: {@code permission} is {@code app_label.codename}. */
public record RegisterPermissionRequest(@NotNull String permission, @NotBlank @Size(max = 255) String name) {}

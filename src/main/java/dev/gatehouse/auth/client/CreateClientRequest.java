package dev.gatehouse.auth.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new service client; its id and secret are generated. */
public record CreateClientRequest(@NotBlank @Size(max = 200) String name) {}

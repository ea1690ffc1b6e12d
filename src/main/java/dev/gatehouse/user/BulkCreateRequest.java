package dev.gatehouse.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Several new users, created all together or not at all. */
public record BulkCreateRequest(@NotEmpty List<@Valid CreateUserRequest> users) {}

package dev.gatehouse.permission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Body of {@code POST /groups}, and of {@code PATCH /groups/{name}} where an absent field keeps its value
 * and {@code permissions} replaces the whole list. Names are letters, digits, spaces and {@code _.@+-}, so
 * they are safe in URLs and in the tokens' {@code groups} claim.
 */
public record GroupRequest(
        @Pattern(regexp = GroupRequest.NAME, message = "must be 1-150 letters, digits, spaces or _.@+-") String name,
        List<@NotNull String> permissions) {

    static final String NAME = "[\\p{L}\\p{N}_.@+-][\\p{L}\\p{N}_.@+\\- ]{0,149}";
}

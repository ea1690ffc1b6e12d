package dev.gatehouse.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user's own password change: the current password, and the new one. */
public record PasswordChange(@NotNull @Size(max = 4096) String oldPassword, @NotNull @Size(max = 4096) String newPassword) {

    /** Never shows either password. */
    @Override
    public String toString() {
        return "PasswordChange[]";
    }
}

package dev.gatehouse.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's new password for a user. */
public record PasswordSet(@NotNull @Size(max = 4096) String password) {

    /** Never shows the password. */
    @Override
    public String toString() {
        return "PasswordSet[]";
    }
}

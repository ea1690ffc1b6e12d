package dev.gatehouse.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of a user that PATCH may change; a merge patch is applied to the current values. */
public record UserChanges(
        @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
        @Username
                String username,
        @Size(max = 150) String firstName,
        @Size(max = 150) String lastName,
        @NotNull Boolean isActive,
        @NotNull Boolean isStaff,
        @NotNull Boolean isSuperuser) {

    /** Normalized before validation, so constraints see what will be stored. */
    public UserChanges {
        email = email == null ? null : Emails.normalize(email);
    }

    static UserChanges of(User u) {
        return new UserChanges(u.email, u.username, u.firstName, u.lastName, u.active, u.staff, u.superuser);
    }
}

package dev.gatehouse.user;

import dev.gatehouse.permission.UserFlags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new user with its profile; an absent password makes the password unusable (external login). */
public record CreateUserRequest(
        @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
        @Size(max = 4096) String password,
        @Username
                String username,
        @Size(max = 150) String firstName,
        @Size(max = 150) String lastName,
        Boolean isActive,
        Boolean isStaff,
        Boolean isSuperuser,
        @Valid ProfileFields profile) {

    /** Normalized before validation, so constraints see what will be stored. */
    public CreateUserRequest {
        email = email == null ? null : Emails.normalize(email);
    }

    public UserFlags flags() {
        return new UserFlags(isActive, isStaff, isSuperuser);
    }

    /** Never shows the password: request records end up in logs and exception messages. */
    @Override
    public String toString() {
        return "CreateUserRequest[" + email + "]";
    }
}

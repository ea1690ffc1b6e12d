package dev.gatehouse.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A self sign-up: like {@code POST /users} but with a required password and no flags. */
public record RegistrationRequest(
        @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
        @NotBlank @Size(max = 4096) String password,
        @Username
                String username,
        @Size(max = 150) String firstName,
        @Size(max = 150) String lastName,
        @Valid ProfileFields profile) {

    /** An active, non-staff, non-superuser user: a sign-up can never grant itself privileges. */
    CreateUserRequest toCreateRequest() {
        return new CreateUserRequest(email, password, username, firstName, lastName, true, false, false, profile);
    }

    @Override
    public String toString() {
        return "RegistrationRequest[" + email + "]";
    }
}

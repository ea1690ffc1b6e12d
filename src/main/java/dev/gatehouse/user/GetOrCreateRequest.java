package dev.gatehouse.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Find the user with {@code email}, or create it from {@code defaults} (Django's get_or_create). */
public record GetOrCreateRequest(
        @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email, @Valid Defaults defaults) {

    /** Normalized before validation, so constraints see what will be stored. */
    public GetOrCreateRequest {
        email = email == null ? null : Emails.normalize(email);
    }

    /** Everything a new user may carry except its email. */
    public record Defaults(
            @Size(max = 4096) String password,
            @Username
                    String username,
            @Size(max = 150) String firstName,
            @Size(max = 150) String lastName,
            Boolean isActive,
            Boolean isStaff,
            Boolean isSuperuser,
            @Valid ProfileFields profile) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Defaults[" + username + "]";
        }
    }

    CreateUserRequest toCreateRequest() {
        Defaults d = defaults == null ? new Defaults(null, null, null, null, null, null, null, null) : defaults;
        return new CreateUserRequest(email, d.password(), d.username(), d.firstName(), d.lastName(),
                d.isActive(), d.isStaff(), d.isSuperuser(), d.profile());
    }
}

package dev.gatehouse.user;

import dev.gatehouse.permission.UserFlags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a Django user export, with Django's field names; {@code password} is Django's stored hash.
 * Django's user has no {@code email_verified}; an export may add it (from django-allauth's
 * {@code EmailAddress.verified}, say), and without it the imported email is unverified.
 */
public record DjangoUser(
        @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
        @NotNull @Size(max = 512) String password,
        @Username
                String username,
        @Size(max = 150) String firstName,
        @Size(max = 150) String lastName,
        Boolean isActive,
        Boolean isStaff,
        Boolean isSuperuser,
        OffsetDateTime dateJoined,
        OffsetDateTime lastLogin,
        @Size(max = 100) List<@NotBlank @Size(max = 150) String> groups,
        @Valid ProfileFields profile,
        Boolean emailVerified) {

    /** Normalized before validation, so constraints see what will be stored. */
    public DjangoUser {
        email = email == null ? null : Emails.normalize(email);
    }

    public UserFlags flags() {
        return new UserFlags(isActive, isStaff, isSuperuser);
    }

    /** Never shows the password hash: import lines end up in logs and exception messages. */
    @Override
    public String toString() {
        return "DjangoUser[" + email + "]";
    }
}

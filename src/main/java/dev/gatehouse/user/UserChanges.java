package dev.gatehouse.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** The snake_case names of the fields whose values differ in {@code other}, for the audit trail. */
    List<String> differences(UserChanges other) {
        List<String> fields = new ArrayList<>();
        differs(fields, "email", email, other.email);
        differs(fields, "username", username, other.username);
        differs(fields, "first_name", firstName, other.firstName);
        differs(fields, "last_name", lastName, other.lastName);
        differs(fields, "is_active", isActive, other.isActive);
        differs(fields, "is_staff", isStaff, other.isStaff);
        differs(fields, "is_superuser", isSuperuser, other.isSuperuser);
        return fields;
    }

    private static void differs(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    static UserChanges of(User u) {
        return new UserChanges(u.email, u.username, u.firstName, u.lastName, u.active, u.staff, u.superuser);
    }
}

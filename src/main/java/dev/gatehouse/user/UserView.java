package dev.gatehouse.user;

import dev.gatehouse.password.PasswordHashers;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the API shows it: never the password hash, only whether one is usable. */
public record UserView(
        UUID id,
        String email,
        boolean emailVerified,
        String username,
        String firstName,
        String lastName,
        boolean isActive,
        boolean isStaff,
        boolean isSuperuser,
        boolean hasUsablePassword,
        OffsetDateTime lastLogin,
        OffsetDateTime dateJoined,
        String provisionedBy,
        ProfileView profile) {

    public static UserView of(User u) {
        return new UserView(u.id, u.email, u.emailVerified, u.username, u.firstName, u.lastName, u.active, u.staff, u.superuser,
                PasswordHashers.isUsable(u.password), u.lastLogin, u.dateJoined, u.provisionedBy,
                u.profile == null ? null : ProfileView.of(u.profile));
    }
}

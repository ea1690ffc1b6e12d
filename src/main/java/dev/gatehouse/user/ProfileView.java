package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;

/** A profile as the API shows it. */
public record ProfileView(
        UUID userId, LocalDate dateOfBirth, String phoneNumber, String bio, String website, JsonNode attributes) {

    public static ProfileView of(Profile p) {
        return new ProfileView(p.userId, p.dateOfBirth, p.phoneNumber, p.bio, p.website, p.attributes);
    }
}

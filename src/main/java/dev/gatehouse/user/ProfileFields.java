package dev.gatehouse.user;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The writable fields of a profile, as sent on user creation and on PATCH. */
public record ProfileFields(
        @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
        @Size(max = 32) @Pattern(regexp = "^\\+?[0-9 ().-]{3,32}$", message = "must be a phone number") String phoneNumber,
        @Size(max = 2000) String bio,
        @Size(max = 200) @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "must be an http or https URL")
                String website,
        ObjectNode attributes) {

    public static final ProfileFields EMPTY = new ProfileFields(null, null, null, null, null);
}

package dev.gatehouse.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.MergePatch;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Profile rules: required fields at creation, attribute size, and merge-patch updates. */
@ApplicationScoped
public class ProfileService {

    static final Set<String> FIELDS = Set.of("date_of_birth", "phone_number", "bio", "website", "attributes");

    private final ProfileConfig config;
    private final MergePatch mergePatch;
    private final ObjectMapper mapper;
    private final List<String> required;

    ProfileService(ProfileConfig config, MergePatch mergePatch, ObjectMapper mapper) {
        this.config = config;
        this.mergePatch = mergePatch;
        this.mapper = mapper;
        this.required = config.required().stream().filter(f -> !f.equals("none")).toList();
        List<String> unknown = required.stream().filter(f -> !FIELDS.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("gatehouse.profile.required names unknown profile fields: " + unknown);
        }
    }

    /**
     * Field errors for a profile sent with a new user, prefixed with {@code prefix} (e.g.
     * {@code users[2].profile}); required fields are checked only when {@code enforceRequired}.
     */
    public List<FieldError> problems(ProfileFields fields, String prefix, boolean enforceRequired) {
        ProfileFields f = fields == null ? ProfileFields.EMPTY : fields;
        List<FieldError> errors = new ArrayList<>();
        if (enforceRequired) {
            ObjectNode present = mapper.valueToTree(f);
            required.stream()
                    .filter(name -> present.path(name).isNull() || present.path(name).isMissingNode())
                    .forEach(name -> errors.add(new FieldError(path(prefix, name), "is required")));
        }
        if (tooLarge(f.attributes())) {
            errors.add(new FieldError(path(prefix, "attributes"), "must be at most " + config.attributesMaxBytes() + " bytes"));
        }
        return errors;
    }

    /** A new, unattached profile holding {@code fields}; callers have checked {@link #problems} first. */
    public Profile newProfile(ProfileFields fields) {
        Profile profile = new Profile();
        apply(profile, fields == null ? ProfileFields.EMPTY : fields);
        return profile;
    }

    public Optional<ProfileView> find(UUID userId) {
        return Profile.<Profile>findByIdOptional(userId).map(ProfileView::of);
    }

    @Transactional
    public Optional<ProfileView> patch(UUID userId, JsonNode patch) {
        MergePatch.requireObject(patch);
        return Profile.<Profile>findByIdOptional(userId).map(profile -> {
            ProfileFields merged = mergePatch.apply(fieldsOf(profile), patch, ProfileFields.class);
            List<FieldError> errors = problems(merged, "", false);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            apply(profile, merged);
            return ProfileView.of(profile);
        });
    }

    private boolean tooLarge(ObjectNode attributes) {
        return attributes != null
                && attributes.toString().getBytes(StandardCharsets.UTF_8).length > config.attributesMaxBytes();
    }

    private static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static ProfileFields fieldsOf(Profile p) {
        return new ProfileFields(p.dateOfBirth, p.phoneNumber, p.bio, p.website, p.attributes);
    }

    private static void apply(Profile profile, ProfileFields f) {
        profile.dateOfBirth = f.dateOfBirth();
        profile.phoneNumber = f.phoneNumber();
        profile.bio = f.bio();
        profile.website = f.website();
        profile.attributes = f.attributes() == null ? JsonNodeFactory.instance.objectNode() : f.attributes();
    }
}

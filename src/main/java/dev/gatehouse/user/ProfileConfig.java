package dev.gatehouse.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Profile rules: which fields a new user must bring, and how large free-form attributes may be. */
@ConfigMapping(prefix = "gatehouse.profile")
public interface ProfileConfig {

    /** Profile fields (snake_case) required when a user is created through the API or registration. */
    @WithDefault("date_of_birth")
    List<String> required();

    /** Largest serialized size of {@code attributes}, in bytes. */
    @WithDefault("16384")
    int attributesMaxBytes();
}

package dev.gatehouse.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Self sign-up at {@code POST /auth/register}. */
@ConfigMapping(prefix = "gatehouse.registration")
public interface RegistrationConfig {

    /** Off by default: an identity service should not accept strangers unless asked to. */
    @WithDefault("false")
    boolean enabled();
}

package dev.gatehouse.auth.backend;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which authentication backends run, and in what order. */
@ConfigMapping(prefix = "gatehouse.auth")
public interface AuthConfig {

    /** Backend names in the order to ask them; absent = every backend bean, highest {@code @Priority} first. */
    Optional<List<String>> backends();
}

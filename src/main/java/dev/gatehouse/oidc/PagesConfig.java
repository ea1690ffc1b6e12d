package dev.gatehouse.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The hosted login pages: the operator's own templates and stylesheet, and how long a login form stays usable. */
@ConfigMapping(prefix = "gatehouse.pages")
public interface PagesConfig {

    /**
     * A directory whose files replace the built-in ones of the same name ({@code login.html}, {@code error.html},
     * {@code login.css}), read at each use, so a change needs no rebuild or restart. Unset: the built-in pages.
     */
    Optional<Path> directory();

    /** A login form submitted later than this after it was shown is refused; the user starts again from the app. */
    @WithDefault("10m")
    Duration formLifetime();
}

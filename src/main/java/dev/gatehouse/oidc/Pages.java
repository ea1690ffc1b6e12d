package dev.gatehouse.oidc;

import dev.gatehouse.web.OperatorTemplates;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the hosted pages from Qute templates: the built-in {@code templates/pages/<name>.html}, or a file
 * of the same name in {@code gatehouse.pages.directory}, which the operator may change while Gatehouse runs.
 * Both are HTML templates, so every value is escaped; the names are fixed here, never taken from a request.
 */
@ApplicationScoped
public class Pages {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

    private final OperatorTemplates templates;

    Pages(Engine engine, PagesConfig config) {
        this.templates = new OperatorTemplates(engine, config.directory());
    }

    /** The page {@code name} ({@code login}, {@code error}, ...) in {@code locale}, filled with {@code data}. */
    public String render(String name, Locale locale, Map<String, Object> data) {
        return OperatorTemplates.render(templates.template(name + ".html", HTML, "pages/" + name), locale, data);
    }

    /** A static asset ({@code login.css}): the operator's file when there is one, else the built-in one. */
    public Optional<byte[]> asset(String name) {
        Optional<Path> own = templates.file(name);
        try {
            if (own.isPresent()) {
                return Optional.of(Files.readAllBytes(own.get()));
            }
            try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

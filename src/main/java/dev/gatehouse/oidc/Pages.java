package dev.gatehouse.oidc;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the hosted pages from Qute templates: the built-in {@code templates/pages/<name>.html}, or a file
 * of the same name in {@code gatehouse.pages.directory}, which the operator may change while Gatehouse runs.
 * Both are HTML templates, so every value is escaped; the names are fixed here, never taken from a request.
 */
@ApplicationScoped
public class Pages {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

    private final Engine engine;
    private final Optional<Path> directory;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    Pages(Engine engine, PagesConfig config) {
        this.engine = engine;
        this.directory = config.directory();
    }

    /** The page {@code name} ({@code login}, {@code error}, ...) in {@code locale}, filled with {@code data}. */
    public String render(String name, Locale locale, Map<String, Object> data) {
        var instance = template(name).instance();
        data.forEach(instance::data);
        return instance.setLocale(locale).render();
    }

    /** A static asset ({@code login.css}): the operator's file when there is one, else the built-in one. */
    public Optional<byte[]> asset(String name) {
        Optional<Path> own = own(name);
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

    private Template template(String name) {
        String file = name + ".html";
        return own(file).map(this::parse).orElseGet(() -> engine.getTemplate("pages/" + name));
    }

    /** Parsed again only when the file changed, so an operator's edit shows at the next request. */
    private Template parse(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Parsed known = parsed.get(file);
            if (known != null && known.modified().equals(modified)) {
                return known.template();
            }
            Template template = engine.parse(Files.readString(file, StandardCharsets.UTF_8), HTML, file.toString());
            parsed.put(file, new Parsed(template, modified));
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> own(String file) {
        return directory.map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
    }

    private record Parsed(Template template, FileTime modified) {}
}

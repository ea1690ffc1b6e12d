package dev.gatehouse.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
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
 * The operator's replacements for built-in Qute templates: a file of the same name in a configured directory,
 * parsed again only when it changed, so an edit shows at the next use without a rebuild. The hosted pages and
 * the mails each keep one, on their own directory.
 */
public final class OperatorTemplates {

    private final Engine engine;
    private final Optional<Path> directory;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    public OperatorTemplates(Engine engine, Optional<Path> directory) {
        this.engine = engine;
        this.directory = directory;
    }

    /** The operator's template {@code file} when there is one, else the built-in template {@code builtIn}. */
    public Template template(String file, Variant variant, String builtIn) {
        return file(file).map(path -> parse(path, variant)).orElseGet(() -> engine.getTemplate(builtIn));
    }

    /** The operator's file of this name, when there is one. */
    public Optional<Path> file(String name) {
        return directory.map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
    }

    /** {@code template} in {@code locale}, filled with {@code data}. */
    public static String render(Template template, Locale locale, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.setLocale(locale).render();
    }

    private Template parse(Path file, Variant variant) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Parsed known = parsed.get(file);
            if (known != null && known.modified().equals(modified)) {
                return known.template();
            }
            Template template = engine.parse(Files.readString(file, StandardCharsets.UTF_8), variant, file.toString());
            parsed.put(file, new Parsed(template, modified));
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Parsed(Template template, FileTime modified) {}
}

package dev.gatehouse.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a mail from two Qute templates, {@code templates/mail/<kind>.txt} and {@code <kind>.html}, with the
 * texts of the hosted pages' message bundle ({@code {msg:...}}, English and German). The operator replaces
 * either with a file of the same name in {@code mail/} under {@code gatehouse.pages.directory}, read at each
 * use. The text template's first line is the subject. Only the HTML template escapes its values.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

    private final Engine engine;
    private final Optional<Path> directory;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    /** The pages' directory (oidc/PagesConfig owns the key), so one directory holds all of the operator's templates. */
    MailTemplates(Engine engine, @ConfigProperty(name = "gatehouse.pages.directory") Optional<Path> directory) {
        this.engine = engine;
        this.directory = directory.map(dir -> dir.resolve("mail"));
    }

    /** The mail {@code kind} in {@code locale}, filled with {@code data}. */
    public RenderedMail render(String kind, Locale locale, Map<String, Object> data) {
        String text = render(template(kind + ".txt", TEXT), locale, data).strip();
        String html = render(template(kind + ".html", HTML), locale, data);
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
            throw new IllegalStateException("The mail template " + kind + ".txt needs a subject line and a body");
        }
        return new RenderedMail(text.substring(0, lineEnd).strip(), text.substring(lineEnd + 1).strip() + "\n", html);
    }

    private static String render(Template template, Locale locale, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.setLocale(locale).render();
    }

    private Template template(String file, Variant variant) {
        return own(file).map(path -> parse(path, variant)).orElseGet(() -> engine.getTemplate("mail/" + file));
    }

    /** Parsed again only when the file changed, so an operator's edit shows in the next mail. */
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

    private Optional<Path> own(String file) {
        return directory.map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
    }

    private record Parsed(Template template, FileTime modified) {}
}

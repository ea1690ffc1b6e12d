package dev.gatehouse.mail;

import dev.gatehouse.web.OperatorTemplates;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private final OperatorTemplates templates;

    /** The pages' directory (oidc/PagesConfig owns the key), so one directory holds all of the operator's templates. */
    MailTemplates(Engine engine, @ConfigProperty(name = "gatehouse.pages.directory") Optional<Path> directory) {
        this.templates = new OperatorTemplates(engine, directory.map(dir -> dir.resolve("mail")));
    }

    /** The mail {@code kind} in {@code locale}, filled with {@code data}. */
    public RenderedMail render(String kind, Locale locale, Map<String, Object> data) {
        String text = render(kind + ".txt", TEXT, locale, data).strip();
        String html = render(kind + ".html", HTML, locale, data);
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
            throw new IllegalStateException("The mail template " + kind + ".txt needs a subject line and a body");
        }
        return new RenderedMail(text.substring(0, lineEnd).strip(), text.substring(lineEnd + 1).strip() + "\n", html);
    }

    private String render(String file, Variant variant, Locale locale, Map<String, Object> data) {
        return OperatorTemplates.render(templates.template(file, variant, "mail/" + file), locale, data);
    }
}

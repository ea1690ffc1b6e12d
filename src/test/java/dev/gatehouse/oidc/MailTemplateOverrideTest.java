package dev.gatehouse.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.mail.Outbox;
import dev.gatehouse.mail.OutboxSender;
import dev.gatehouse.testsupport.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operator's mail templates: files in {@code mail/} under {@code gatehouse.pages.directory} replace the built-in
 * ones, read at each mail, with the pages' message bundle; the HTML one still escapes. In this package to share
 * {@link PageOverrideTest}'s directory and profile (one application for both).
 */
@QuarkusTest
@TestProfile(PageOverrideTest.OperatorPages.class)
class MailTemplateOverrideTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxSender sender;

    @Test
    void operatorTemplatesReplaceTheBuiltInMailAndAnEditShowsInTheNextMail() throws IOException {
        Path mail = Files.createDirectories(PageOverrideTest.DIRECTORY.resolve("mail"));
        write(mail.resolve("verify-email.txt"), "ACME: {msg:mail_verify_subject}\n\nACME text {link}\n");
        write(mail.resolve("verify-email.html"), "<p class=\"acme\">{msg:mail_verify_button} {email}</p>");

        String to = "acme-" + UUID.randomUUID() + "@example.org";
        queue(to, "<b>" + to + "</b>");
        sender.sendDue();
        MimeMessage first = MailServer.onlyMessageTo(to);
        assertEquals("ACME: Confirm your email address", MailServer.subject(first));
        assertEquals("ACME text https://login.example/x", MailServer.part(first, "text/plain").strip());
        assertTrue(MailServer.part(first, "text/html").contains("<p class=\"acme\">Confirm my email address &lt;b&gt;"),
                MailServer.part(first, "text/html"));

        write(mail.resolve("verify-email.txt"), "Edited {msg:mail_verify_subject}\n\nbody\n");
        String again = "acme-" + UUID.randomUUID() + "@example.org";
        queue(again, again);
        sender.sendDue();
        assertEquals("Edited Confirm your email address", MailServer.subject(MailServer.onlyMessageTo(again)));
    }

    private void queue(String to, String shownEmail) {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("verify-email", null, to, Locale.ENGLISH,
                Map.of("email", shownEmail, "link", "https://login.example/x", "hours", 24L, "lang", "en")));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusNanos(System.nanoTime() % 1_000_000_000L)));
    }
}

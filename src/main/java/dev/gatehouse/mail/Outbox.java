package dev.gatehouse.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where a flow asks for a mail: the mail is rendered and written in the caller's transaction, so it commits
 * with the change it announces and survives a restart; nothing here talks to the mail server, so an outage
 * never fails the request (docs/email.md "The outbox").
 */
@ApplicationScoped
public class Outbox {

    private final MailTemplates templates;
    private final Clock clock;

    Outbox(MailTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Queues the mail {@code kind} (a template name such as {@code verify-email}) to {@code recipient} in
     * {@code locale}, filled with {@code data}; {@code userId} (may be null) is whom it is about, for the audit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String kind, UUID userId, String recipient, Locale locale, Map<String, Object> data) {
        RenderedMail rendered = templates.render(kind, locale, data);
        OutboxMail mail = new OutboxMail();
        mail.kind = kind;
        mail.userId = userId;
        mail.recipient = recipient;
        mail.subject = rendered.subject();
        mail.textBody = rendered.text();
        mail.htmlBody = rendered.html();
        mail.createdAt = OffsetDateTime.now(clock);
        mail.dueAt = mail.createdAt;
        mail.persist();
        return mail.id;
    }
}

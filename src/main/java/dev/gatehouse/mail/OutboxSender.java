package dev.gatehouse.mail;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. A round claims due mails with {@code FOR UPDATE SKIP LOCKED} and reserves them for
 * {@code claim-lease} in one short transaction, so no two instances send the same mail and no transaction
 * stays open while the mail server is slow; then sends each, and records it sent, or due again after a
 * doubling backoff, or failed after {@code max-attempts}.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Mailer mailer;
    private final MailConfig config;
    private final AuditLog audit;
    private final Clock clock;

    OutboxSender(Mailer mailer, MailConfig config, AuditLog audit, Clock clock) {
        this.mailer = mailer;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(every = "{gatehouse.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "mail-outbox")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the database is down: the next round tries again; nothing is lost, the mails stay in the outbox
            LOG.warnf("Mail outbox round failed: %s", e.getMessage());
        }
    }

    /** One sending round: every mail due now, up to {@code batch-size}; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (OutboxMail mail : QuarkusTransaction.requiringNew().call(this::claim)) {
            if (send(mail)) {
                sent++;
            }
        }
        return sent;
    }

    private List<OutboxMail> claim() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<OutboxMail> due = OutboxMail.getEntityManager().createNativeQuery(
                        "select * from mail_outbox where status = 'pending' and due_at <= ?1 order by due_at"
                                + " limit ?2 for update skip locked", OutboxMail.class)
                .setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        for (OutboxMail mail : due) {
            mail.attempts++;
            mail.dueAt = now.plus(config.claimLease());
        }
        return due;
    }

    private boolean send(OutboxMail mail) {
        try {
            mailer.send(Mail.withText(mail.recipient, mail.subject, mail.textBody).setHtml(mail.htmlBody));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failedAttempt(mail.id, describe(e)));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMail.<OutboxMail>findById(mail.id).sent(OffsetDateTime.now(clock));
            audit.record(AuditType.MAIL_SENT, mail.userId, detail(mail));
        });
        LOG.infof("Mail %s (%s) sent to %s", mail.id, mail.kind, mail.recipient);
        return true;
    }

    private void failedAttempt(UUID id, String error) {
        OutboxMail mail = OutboxMail.findById(id);
        if (mail.attempts >= config.maxAttempts()) {
            mail.failed(error);
            audit.record(AuditType.MAIL_FAILED, mail.userId, Map.of("mail_id", mail.id.toString(), "kind", mail.kind,
                    "attempts", mail.attempts, "error", error));
            LOG.errorf("Mail %s (%s) to %s failed for good after %d attempts: %s", mail.id, mail.kind, mail.recipient,
                    mail.attempts, error);
            return;
        }
        mail.lastError = error;
        mail.dueAt = OffsetDateTime.now(clock).plus(backoff(mail.attempts));
        LOG.warnf("Mail %s (%s) attempt %d failed, next at %s: %s", mail.id, mail.kind, mail.attempts, mail.dueAt, error);
    }

    /** {@code initial-backoff} after the first failure, doubling, never past {@code max-backoff}. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static Map<String, Object> detail(OutboxMail mail) {
        return Map.of("mail_id", mail.id.toString(), "kind", mail.kind, "attempts", mail.attempts);
    }

    /** The failure's classes and messages, cut short: a mail server's answer, never a body. */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            out.append(out.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return out.length() > MAX_ERROR_LENGTH ? out.substring(0, MAX_ERROR_LENGTH) : out.toString();
    }
}

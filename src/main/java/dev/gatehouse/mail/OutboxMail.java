package dev.gatehouse.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A mail in the outbox: written in the transaction that asked for it, sent by {@link OutboxSender}. The bodies
 * are erased once the mail is sent or has failed for good, because a body may hold a link's token.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    public String kind;
    @Column(name = "user_id")
    public UUID userId;
    public String recipient;
    public String subject;
    @Column(name = "text_body")
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    public String status = PENDING;
    public int attempts;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "last_error")
    public String lastError;

    /** Sent: no longer due, and the body (which may hold a token) is gone. */
    void sent(OffsetDateTime now) {
        status = SENT;
        sentAt = now;
        lastError = null;
        erase();
    }

    /** Given up after the last attempt; the body is erased as for a sent mail. */
    void failed(String error) {
        status = FAILED;
        lastError = error;
        erase();
    }

    private void erase() {
        subject = null;
        textBody = null;
        htmlBody = null;
    }

    /** Never the bodies: they may hold a verification or reset link. */
    @Override
    public String toString() {
        return "OutboxMail[" + id + ", " + kind + ", " + status + "]";
    }
}

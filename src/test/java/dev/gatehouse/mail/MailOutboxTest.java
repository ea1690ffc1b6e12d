package dev.gatehouse.mail;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.testsupport.MailServer;
import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox against a real SMTP server (GreenMail): sent once, retried with backoff through an outage, failed and audited. */
@QuarkusTest
class MailOutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxSender sender;
    @Inject
    TestClock clock;

    @AfterEach
    void mailServerIsBack() {
        if (!serverRunning) {
            MailServer.up();
            serverRunning = true;
        }
    }

    private boolean serverRunning = true;

    @Test
    void aQueuedMailIsSentOnceWithTextAndHtmlPartsThenErasedAndAudited() throws Exception {
        String to = recipient();
        UUID id = enqueue(to, Locale.ENGLISH);
        assertTrue(MailServer.messagesTo(to).isEmpty(), "nothing is sent before a round runs");

        sender.sendDue();
        sender.sendDue();

        MimeMessage mail = MailServer.onlyMessageTo(to);
        assertEquals("Confirm your email address", MailServer.subject(mail));
        assertTrue(MailServer.part(mail, "text/plain").contains("https://login.example/verify?token=t&x=<y>"));
        assertTrue(MailServer.part(mail, "text/html").contains("href=\"https://login.example/verify?token=t&amp;x=&lt;y&gt;\""),
                "the HTML part escapes what it is given");
        assertEquals("gatehouse@gatehouse.test", mail.getFrom()[0].toString());
        OutboxMail row = row(id);
        assertEquals(OutboxMail.SENT, row.status);
        assertEquals(1, row.attempts);
        assertNull(row.textBody, "a sent mail's body, which may hold a token, is erased");
        assertNull(row.htmlBody);
        assertEquals(1, audited(AuditType.MAIL_SENT, id).size());
    }

    @Test
    void aMailIsWrittenInTheLanguageItWasAskedIn() {
        String to = recipient();
        enqueue(to, Locale.GERMAN);
        sender.sendDue();
        MimeMessage mail = MailServer.onlyMessageTo(to);
        assertEquals("Bestätigen Sie Ihre E-Mail-Adresse", MailServer.subject(mail));
        assertTrue(MailServer.part(mail, "text/plain").contains("Der Link funktioniert einmal, 24 Stunden lang."));
    }

    @Test
    void duringAnOutageTheMailWaitsWithBackoffAndIsSentOnceTheServerIsBack() {
        String to = recipient();
        UUID id = enqueue(to, Locale.ENGLISH);
        MailServer.down();
        serverRunning = false;

        assertEquals(0, sender.sendDue());
        OutboxMail failed = row(id);
        assertEquals(OutboxMail.PENDING, failed.status);
        assertEquals(1, failed.attempts);
        assertTrue(failed.lastError != null && !failed.lastError.isEmpty());
        assertTrue(failed.dueAt.isAfter(OffsetDateTime.now(clock).plusSeconds(50)), "due again after the 1 min backoff");
        sender.sendDue();
        assertEquals(1, row(id).attempts, "not tried again before its backoff ends");
        given().get(Management.url("/q/health/ready")).then().statusCode(200);

        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        assertEquals(2, row(id).attempts);
        assertTrue(row(id).dueAt.isAfter(OffsetDateTime.now(clock).plusSeconds(110)), "the second wait doubles to 2 min");

        MailServer.up();
        serverRunning = true;
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        sender.sendDue();
        sender.sendDue();
        assertEquals(1, MailServer.messagesTo(to).size());
        assertEquals(OutboxMail.SENT, row(id).status);
        assertEquals(3, row(id).attempts);
    }

    @Test
    void afterTheLastAttemptTheMailIsMarkedFailedAndAudited() {
        String to = recipient();
        UUID id = enqueue(to, Locale.ENGLISH);
        MailServer.down();
        serverRunning = false;
        for (int attempt = 1; attempt <= 10; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // the longest backoff
        }
        OutboxMail row = row(id);
        assertEquals(OutboxMail.FAILED, row.status);
        assertEquals(10, row.attempts);
        assertNull(row.textBody);
        List<AuditEvent> events = audited(AuditType.MAIL_FAILED, id);
        assertEquals(1, events.size());
        assertEquals(10, ((Number) events.get(0).detail.get("attempts")).intValue());

        MailServer.up();
        serverRunning = true;
        sender.sendDue();
        assertTrue(MailServer.messagesTo(to).isEmpty(), "a failed mail is not sent later");
    }

    @Test
    void theBackoffDoublesFromTheInitialWaitUpToTheCeiling() {
        assertEquals(Duration.ofMinutes(1), sender.backoff(1));
        assertEquals(Duration.ofMinutes(2), sender.backoff(2));
        assertEquals(Duration.ofMinutes(32), sender.backoff(6));
        assertEquals(Duration.ofHours(1), sender.backoff(7));
        assertEquals(Duration.ofHours(1), sender.backoff(1000));
    }

    @Test
    void aMailAnotherInstanceHasLockedIsSkippedNotSentTwice() throws Exception {
        String to = recipient();
        UUID id = enqueue(to, Locale.ENGLISH);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherInstance = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            OutboxMail.getEntityManager().createNativeQuery("select id from mail_outbox where id = ?1 for update")
                    .setParameter(1, id).getResultList();
            locked.countDown();
            await(release);
        }));
        otherInstance.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));

        sender.sendDue();
        assertTrue(MailServer.messagesTo(to).isEmpty(), "the locked row was skipped, not waited for");
        assertEquals(0, row(id).attempts);

        release.countDown();
        otherInstance.join(10_000);
        sender.sendDue();
        assertEquals(1, MailServer.messagesTo(to).size());
    }

    @Test
    void theSchedulesIntervalExpressionSeesMailConfigsDefaults() {
        // @Scheduled(every = "{gatehouse.mail.send-every}") is resolved through Config, not MailConfig: the
        // mapping's @WithDefault values must be visible there (this profile sets send-every=off, not these)
        assertEquals("5m", ConfigProvider.getConfig().getValue("gatehouse.mail.claim-lease", String.class));
        assertEquals(10, ConfigProvider.getConfig().getValue("gatehouse.mail.max-attempts", Integer.class));
        assertEquals("off", ConfigProvider.getConfig().getValue("gatehouse.mail.send-every", String.class));
    }

    @Test
    void theOutboxDepthIsAGauge() {
        String to = recipient();
        enqueue(to, Locale.ENGLISH);
        double pending = metric();
        assertTrue(pending >= 1, "depth " + pending);
        sender.sendDue();
        assertEquals(0.0, metric());
    }

    private static double metric() {
        String body = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith("gatehouse_mail_outbox_depth")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no gatehouse_mail_outbox_depth in /q/metrics"));
    }

    private UUID enqueue(String to, Locale locale) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue("verify-email", null, to, locale,
                Map.of("email", to, "link", "https://login.example/verify?token=t&x=<y>", "hours", 24L, "lang",
                        locale.toLanguageTag())));
    }

    private static OutboxMail row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id));
    }

    private static List<AuditEvent> audited(String type, UUID mailId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("type", type).stream()
                .filter(e -> mailId.toString().equals(e.detail.get("mail_id"))).toList());
    }

    private static String recipient() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

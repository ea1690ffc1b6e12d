package dev.gatehouse.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code gatehouse_mail_outbox_depth}: the mails waiting to be sent, counted at each scrape. A depth that keeps
 * growing means the mail server refuses or cannot be reached; {@code -1} means the database could not be asked.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("gatehouse.mail.outbox.depth", OutboxMetrics::depth)
                .description("Mails in the outbox waiting to be sent").register(registry);
    }

    static double depth() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("status", OutboxMail.PENDING));
        } catch (RuntimeException e) {
            return -1; // the database is down; a scrape must not fail for it
        }
    }
}

package dev.gatehouse.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the outbox is sent. The SMTP server itself is Quarkus' {@code quarkus.mailer.*} (host, port, start-tls,
 * tls, username, password, from); docs/email.md lists them.
 */
@ConfigMapping(prefix = "gatehouse.mail")
public interface MailConfig {

    /** How often a sending round runs ({@code 10s}); {@code off} runs none (tests call {@link OutboxSender#sendDue()}). */
    @WithDefault("10s")
    String sendEvery();

    /** Most mails one round claims, so one round never holds many rows or runs long. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a claimed mail stays reserved for the instance that claimed it; an instance that dies while
     * sending leaves the mail due again after this.
     */
    @WithDefault("5m")
    Duration claimLease();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("1m")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Attempts before a mail is marked failed (and audited {@code mail.failed}). */
    @WithDefault("10")
    int maxAttempts();
}

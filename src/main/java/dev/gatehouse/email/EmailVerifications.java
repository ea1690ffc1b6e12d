package dev.gatehouse.email;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Email verification: a user asks for a link ({@link #send}), the mailed link's page shows the address
 * ({@link #pending}, no change: mail scanners open links) and its form verifies it ({@link #verify}).
 */
@ApplicationScoped
public class EmailVerifications {

    /** Prefix of the tokens, so scanners and people recognize one in a log or a paste. */
    static final String TOKEN_PREFIX = "ghv_";
    static final String PAGE_PATH = "/auth/email-verification";
    /** Longer than any token, so nothing longer reaches the hash or a query. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final EmailVerificationConfig config;
    private final TokenConfig tokens;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    EmailVerifications(EmailVerificationConfig config, TokenConfig tokens, Outbox outbox, AuditLog audit, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails {@code userId} a verification link for their current email, in {@code locale}, voiding any earlier
     * link. The mail goes out through the outbox, so a mail server outage does not fail this.
     *
     * @throws ProblemException 404 without such a user, 409 when the email is verified already, 429 with
     *     Retry-After when the last link went out less than {@code resend-interval} ago
     */
    @Transactional
    public void send(UUID userId, Locale locale) {
        // the row lock makes concurrent requests of one user wait, so the interval holds for them too
        User user = User.<User>findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.noSuchUser(userId));
        if (user.emailVerified) {
            throw ProblemException.conflict("email", "This email is verified already.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        throwIfTooSoon(userId, now);
        EmailVerification.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, userId);
        String token = Secrets.generate(TOKEN_PREFIX);
        EmailVerification link = new EmailVerification();
        link.userId = userId;
        link.tokenHash = Secrets.hash(token);
        link.email = user.email;
        link.createdAt = now;
        link.expiresAt = now.plus(config.lifetime());
        link.persist();
        outbox.enqueue("verify-email", userId, user.email, locale, Map.of("email", user.email, "link", link(token),
                "hours", config.lifetime().toHours(), "lang", locale.toLanguageTag()));
        audit.record(AuditType.EMAIL_VERIFICATION_SENT, userId, Map.of("email", user.email));
    }

    /** The email a live link would verify, for the page that asks to confirm; changes nothing. */
    @Transactional
    public Optional<String> pending(String token) {
        return live(token, LockModeType.NONE).map(link -> link.email);
    }

    /**
     * Verifies the email of the link's user and uses the link up; empty for every kind of bad link alike
     * (unknown, used, expired, voided by a newer one, sent to an email the user no longer has).
     */
    @Transactional
    public Optional<String> verify(String token) {
        // the row lock makes a second use of the same link wait and then find it used
        Optional<EmailVerification> found = live(token, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EmailVerification link = found.get();
        link.usedAt = OffsetDateTime.now(clock);
        User user = User.findById(link.userId);
        user.emailVerified = true;
        audit.record(AuditType.EMAIL_VERIFIED, user.id, Map.of("email", user.email));
        return Optional.of(user.email);
    }

    private Optional<EmailVerification> live(String token, LockModeType lock) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return EmailVerification.<EmailVerification>find("tokenHash", (Object) Secrets.hash(token))
                .withLock(lock).firstResultOptional()
                .filter(link -> link.isLive(now))
                .filter(this::stillTheUsersEmail);
    }

    /** A link proves the address it was mailed to: after an email change it verifies nothing. */
    private boolean stillTheUsersEmail(EmailVerification link) {
        return User.<User>findByIdOptional(link.userId)
                .filter(user -> user.active && Emails.key(user.email).equals(Emails.key(link.email)))
                .isPresent();
    }

    private void throwIfTooSoon(UUID userId, OffsetDateTime now) {
        Optional<EmailVerification> last = EmailVerification.<EmailVerification>find(
                "userId = ?1 order by createdAt desc", userId).firstResultOptional();
        if (last.isEmpty()) {
            return;
        }
        Duration wait = Duration.between(now, last.get().createdAt.plus(config.resendInterval()));
        if (!wait.isNegative() && !wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw ProblemException.tooManyRequests("A verification mail was sent recently; ask again in %d seconds.",
                    seconds);
        }
    }

    private String link(String token) {
        String base = tokens.issuer().endsWith("/") ? tokens.issuer().substring(0, tokens.issuer().length() - 1)
                : tokens.issuer();
        return base + PAGE_PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}

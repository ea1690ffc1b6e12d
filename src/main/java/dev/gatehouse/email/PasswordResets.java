package dev.gatehouse.email;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditType;
import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.PasswordService;
import dev.gatehouse.user.User;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Password reset: anyone asks for a link by email ({@link #request}, the same answer whatever the email), the
 * mailed link's page shows a form ({@link #pending}, no change) and its POST sets the password ({@link #complete}).
 */
@ApplicationScoped
public class PasswordResets {

    /** Prefix of the tokens, so scanners and people recognize one in a log or a paste. */
    static final String TOKEN_PREFIX = "ghpw_";
    public static final String PAGE_PATH = "/auth/password-reset/new";
    /** Longer than any token, so nothing longer reaches the hash or a query. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final PasswordResetConfig config;
    private final TokenConfig tokens;
    private final PasswordService passwords;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResets(PasswordResetConfig config, TokenConfig tokens, PasswordService passwords, Outbox outbox,
            AuditLog audit, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #complete} did. */
    public sealed interface Completion {
        /** The password is set; the link is used up. */
        record Done() implements Completion {}
        /** The link is unknown, used, expired, voided, or its user's password changed meanwhile. */
        record Invalid() implements Completion {}
        /** The password breaks these rules; nothing changed and the link still works. */
        record Rejected(List<String> violations) implements Completion {}
    }

    /**
     * Handles a request for a reset link for {@code email} from {@code clientNetwork}. Whatever the email, the
     * caller answers the same and the database work has the same shape: the address count, one user lookup, the
     * account count and one row written. Only a local, active user under the account limit gets a link; a user
     * another backend owns gets a mail saying so; an inactive or unknown one, or one over the limit, gets none.
     *
     * @throws ProblemException 429 with Retry-After when {@code clientNetwork} asked {@code max-per-address}
     *     times within the window; this depends on the address only, so it tells nothing about the email
     */
    @Transactional
    public void request(String email, String clientNetwork, Locale locale) {
        requirePlausible(email);
        OffsetDateTime now = OffsetDateTime.now(clock);
        throwIfAddressOverLimit(clientNetwork, now);
        String key = Emails.key(email);
        Optional<User> found = User.<User>find("lower(email) = ?1", key).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        boolean overLimit = PasswordReset.count("emailKey = ?1 and createdAt > ?2", key,
                now.minus(config.window())) >= config.maxPerAccount();
        PasswordReset row = new PasswordReset();
        row.emailKey = key;
        row.clientNetwork = clientNetwork;
        row.createdAt = now;
        row.expiresAt = now.plus(config.lifetime());
        row.userId = found.map(user -> user.id).orElse(null);
        String mailed = overLimit ? "none" : found.map(user -> mail(user, row, locale, now)).orElse("none");
        row.persist();
        Map<String, String> detail = new HashMap<>(Map.of("mailed", mailed));
        if (mailed.equals("none")) {
            detail.put("reason", reason(found, overLimit));
        }
        audit.record(AuditType.PASSWORD_RESET_REQUESTED, row.userId, clientNetwork, detail);
    }

    /** The user a live link would reset the password of, for its page; changes nothing (scanners open links). */
    @Transactional
    public Optional<User> pending(String token) {
        return live(token, LockModeType.NONE).map(link -> User.findById(link.userId));
    }

    /**
     * Sets {@code password} for the link's user if it passes the password rules, uses the link up and voids the
     * user's other links; every session and refresh family of the user ends (user.CredentialsChanged) and the
     * user is mailed a notice in {@code locale}.
     */
    @Transactional
    public Completion complete(String token, String password, Locale locale) {
        // the row lock makes a second use of the same link wait and then find it used
        Optional<PasswordReset> found = live(token, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return new Completion.Invalid();
        }
        PasswordReset link = found.get();
        User user = User.findById(link.userId);
        List<String> violations = passwords.violations(user, password == null ? "" : password);
        if (password == null || password.isEmpty() || !violations.isEmpty()) {
            return new Completion.Rejected(violations);
        }
        passwords.reset(user, password);
        OffsetDateTime now = OffsetDateTime.now(clock);
        PasswordReset.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, user.id);
        outbox.enqueue("password-changed", user.id, user.email, locale,
                Map.of("email", user.email, "lang", locale.toLanguageTag()));
        audit.record(AuditType.PASSWORD_RESET_COMPLETED, user.id, Map.of("email", user.email));
        return new Completion.Done();
    }

    /** Queues the mail {@code user} gets and returns which kind it was ({@code none} for no mail). */
    private String mail(User user, PasswordReset row, Locale locale, OffsetDateTime now) {
        if (!user.active) {
            return "none";
        }
        if (!user.ownsLocalPassword()) {
            outbox.enqueue("password-reset-elsewhere", user.id, user.email, locale,
                    Map.of("email", user.email, "lang", locale.toLanguageTag()));
            return "managed_elsewhere";
        }
        // as Django's PasswordResetForm: an unusable password was made so on purpose (the user logs in elsewhere)
        if (!user.hasUsablePassword()) {
            return "none";
        }
        PasswordReset.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, user.id);
        String token = Secrets.generate(TOKEN_PREFIX);
        row.tokenHash = Secrets.hash(token);
        row.passwordFingerprint = fingerprint(user);
        outbox.enqueue("password-reset", user.id, user.email, locale, Map.of("email", user.email, "link", link(token),
                "minutes", config.lifetime().toMinutes(), "lang", locale.toLanguageTag()));
        return "link";
    }

    private static String reason(Optional<User> found, boolean overLimit) {
        if (found.isEmpty()) {
            return "unknown_email";
        }
        if (overLimit) {
            return "account_limit";
        }
        return found.get().active ? "unusable_password" : "inactive";
    }

    /**
     * No account can have an empty, overlong or control-character email, so refusing one tells nothing about
     * which emails exist; it keeps a NUL (which PostgreSQL refuses) and huge keys out of the queries.
     *
     * @throws ProblemException 400 for such an email
     */
    public static void requirePlausible(String email) {
        if (email == null || email.isBlank()) {
            throw ProblemException.invalid("email", "is required");
        }
        if (email.length() > Emails.MAX_LENGTH || email.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("email", "is not an email address");
        }
    }

    private void throwIfAddressOverLimit(String clientNetwork, OffsetDateTime now) {
        if (clientNetwork == null) {
            return;
        }
        List<PasswordReset> recent = PasswordReset.<PasswordReset>find(
                "clientNetwork = ?1 and createdAt > ?2 order by createdAt desc", clientNetwork,
                now.minus(config.window())).page(0, config.maxPerAddress()).list();
        if (recent.size() < config.maxPerAddress()) {
            return;
        }
        // the oldest of the last max-per-address requests leaves the window first
        Duration wait = Duration.between(now, recent.get(recent.size() - 1).createdAt.plus(config.window()));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw ProblemException.tooManyRequests("Too many password reset requests; ask again in %d seconds.", seconds);
    }

    private Optional<PasswordReset> live(String token, LockModeType lock) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return PasswordReset.<PasswordReset>find("tokenHash", (Object) Secrets.hash(token))
                .withLock(lock).firstResultOptional()
                .filter(link -> link.isLive(now))
                .filter(PasswordResets::stillTheUsersPassword);
    }

    /** A link is for the password it was mailed against: any change since (by an admin, by the user) voids it. */
    private static boolean stillTheUsersPassword(PasswordReset link) {
        return User.<User>findByIdOptional(link.userId)
                .filter(user -> user.active && user.ownsLocalPassword())
                .filter(user -> MessageDigest.isEqual(fingerprint(user), link.passwordFingerprint))
                .isPresent();
    }

    private static byte[] fingerprint(User user) {
        return Secrets.sha256("password-reset:" + Objects.toString(user.password, ""));
    }

    private String link(String token) {
        String base = tokens.issuer().endsWith("/") ? tokens.issuer().substring(0, tokens.issuer().length() - 1)
                : tokens.issuer();
        return base + PAGE_PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}

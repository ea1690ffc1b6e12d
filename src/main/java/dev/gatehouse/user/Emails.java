package dev.gatehouse.user;

import java.text.Normalizer;
import java.util.Locale;

/** Email normalization as Django's {@code normalize_email}, plus NFKC so look-alike forms collide. */
public final class Emails {

    public static final int MAX_LENGTH = 254;

    private Emails() {}

    /** Trims, applies NFKC and lower-cases the domain; the local part keeps its case (RFC 5321). */
    public static String normalize(String email) {
        String trimmed = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed;
        }
        return trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The key two emails collide on (the database's unique {@code lower(email)}): normalized, then
     * lower-cased whole, so {@code Ada@Example.org} and {@code ada@example.org} are one account.
     */
    public static String key(String email) {
        return normalize(email).toLowerCase(Locale.ROOT);
    }
}

package dev.gatehouse.oidc;

import java.util.List;
import java.util.Locale;

/** The language of a page: the browser's most preferred one that the message bundle has, else English. */
public final class Languages {

    /** English first: it is the bundle's default and the answer when nothing matches. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {}

    /** From an {@code Accept-Language} header (RFC 9110 §12.5.4); a malformed or missing one means English. */
    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}

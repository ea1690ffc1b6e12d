package dev.gatehouse.web;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page or a mail: the request's most preferred one that the message bundle has, else English.
 * Here, at the bottom, because both the hosted pages (oidc) and the mails a request asks for (email) choose it.
 */
public final class PreferredLanguage {

    /** English first: it is the bundle's default and the answer when nothing matches. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private PreferredLanguage() {}

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

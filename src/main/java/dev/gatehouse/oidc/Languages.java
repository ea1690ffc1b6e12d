package dev.gatehouse.oidc;

import dev.gatehouse.web.PreferredLanguage;
import java.util.Locale;

/** The language of a page: the browser's most preferred one that the message bundle has, else English. */
public final class Languages {

    private Languages() {}

    /** From an {@code Accept-Language} header (RFC 9110 §12.5.4); web/PreferredLanguage, which mails share. */
    public static Locale pick(String acceptLanguage) {
        return PreferredLanguage.pick(acceptLanguage);
    }
}

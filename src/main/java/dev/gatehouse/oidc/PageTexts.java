package dev.gatehouse.oidc;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The {@link PageMessages} of a language, for texts the code picks (an error's, a lockout's wait). */
final class PageTexts {

    private PageTexts() {}

    static PageMessages of(Locale locale) {
        return locale.getLanguage().equals("en") ? MessageBundles.get(PageMessages.class)
                : MessageBundles.get(PageMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    static String of(PageError.Reason reason, Locale locale) {
        PageMessages texts = of(locale);
        return switch (reason) {
            case UNKNOWN_CLIENT -> texts.error_unknown_client();
            case BAD_REQUEST -> texts.error_bad_request();
            case FORM_EXPIRED -> texts.error_form_expired();
            case FORM_FORGED -> texts.error_form_forged();
            case LOGOUT_FORGED -> texts.error_logout_forged();
            case UNAVAILABLE -> texts.error_unavailable();
            case FAILED -> texts.error_failed();
        };
    }
}

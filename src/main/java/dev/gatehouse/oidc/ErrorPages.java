package dev.gatehouse.oidc;

import dev.gatehouse.web.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The HTML error page of the browser endpoints, in place of problem+json: a person reads it, so it explains
 * in their language and shows nothing of the server's internals. Each page resource maps its failures here
 * with a one-line {@code @ServerExceptionMapper} (such a mapper applies only to its own class).
 */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    /** The error page for {@code reason}, in the language the browser prefers. */
    public Response page(PageError.Reason reason, String acceptLanguage) {
        Locale locale = Languages.pick(acceptLanguage);
        String html = pages.render("error", locale, Map.of("lang", locale.toLanguageTag(),
                "message", PageTexts.of(reason, locale), "status", reason.status()));
        return PageHeaders.page(reason.status(), html, locale, Optional.empty());
    }

    /** Any failure of a page resource as an error page; only the unexpected ones are logged, with their trace. */
    public Response of(Throwable failure, String acceptLanguage) {
        return page(reason(failure), acceptLanguage);
    }

    private static PageError.Reason reason(Throwable failure) {
        if (failure instanceof PageError error) {
            return error.reason();
        }
        if (failure instanceof IllegalArgumentException || Failures.isInvalidData(failure)) {
            return PageError.Reason.BAD_REQUEST; // an undecodable query or form, a NUL the database refuses
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return PageError.Reason.BAD_REQUEST;
        }
        if (Failures.isDatabaseUnavailable(failure)) {
            LOG.warnf("Database unavailable: %s", failure.getMessage());
            return PageError.Reason.UNAVAILABLE;
        }
        LOG.error("Unexpected failure on a login page", failure);
        return PageError.Reason.FAILED;
    }
}

package dev.gatehouse.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns an {@link Outcome} into the HTTP answer: the 303 back to the client, or the rendered login form. */
@ApplicationScoped
public class LoginPage {

    /** Where the form posts; {@code LoginResource}'s path. */
    static final String ACTION = "/auth/login";

    private final Pages pages;

    LoginPage(Pages pages) {
        this.pages = pages;
    }

    public Response respond(Outcome outcome, String acceptLanguage) {
        if (outcome instanceof Outcome.Redirect redirect) {
            return PageHeaders.redirect(redirect.location()).cookie(redirect.cookies().toArray(NewCookie[]::new)).build();
        }
        return form((Outcome.Form) outcome, Languages.pick(acceptLanguage));
    }

    private Response form(Outcome.Form outcome, Locale locale) {
        LoginForm form = outcome.form();
        Map<String, Object> data = new HashMap<>();
        data.put("lang", locale.toLanguageTag());
        data.put("action", ACTION);
        data.put("requestId", form.requestId());
        data.put("csrfToken", form.csrfToken());
        data.put("email", form.email() == null ? "" : form.email());
        data.put("clientName", form.clientName() == null ? "" : form.clientName());
        data.put("notice", form.notice() == null ? "" : notice(form.notice(), locale));
        Response response = PageHeaders.page(outcome.status(), pages.render("login", locale, data), locale,
                Optional.of(form.redirectUri()));
        Response.ResponseBuilder builder = Response.fromResponse(response)
                .cookie(outcome.cookies().toArray(NewCookie[]::new));
        if (outcome.retryAfter() > 0) {
            builder.header("Retry-After", outcome.retryAfter());
        }
        return builder.build();
    }

    private static String notice(LoginForm.Notice notice, Locale locale) {
        PageMessages texts = PageTexts.of(locale);
        return switch (notice.kind()) {
            case FAILED -> texts.login_failed();
            case LOCKED -> texts.login_locked(notice.seconds());
            case BUSY -> texts.login_busy();
        };
    }
}

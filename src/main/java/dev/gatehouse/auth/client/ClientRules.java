package dev.gatehouse.auth.client;

import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a client may be: its grant types by type, its redirect and post-logout URIs and its origins by
 * {@link ClientUris}. A service client logs no one in, so it has none of those; a client that logs people
 * in through the code flow needs a redirect URI.
 */
@ApplicationScoped
class ClientRules {

    private final boolean allowHttp;

    ClientRules(ClientsConfig config) {
        this.allowHttp = config.allowHttpRedirects();
    }

    /**
     * The settings as they will be stored: the type and grant types filled in, lists without repeats.
     *
     * @throws ProblemException 400 with a field error for each rule broken
     */
    ClientSettings check(ClientSettings settings) {
        return check(settings, true);
    }

    /**
     * As {@link #check(ClientSettings)}, except that the code flow may lack a redirect URI: the
     * {@code gatehouse-web} row as V13 made it, until an operator configures its URIs (no URI, no login).
     */
    ClientSettings checkConfigured(ClientSettings settings) {
        return check(settings, false);
    }

    private ClientSettings check(ClientSettings settings, boolean complete) {
        Optional<ClientType> type = ClientType.of(settings.typeOrDefault());
        if (type.isEmpty()) {
            throw ProblemException.invalid("type", "must be service, confidential or public");
        }
        // checked as sent, so a field error's index names the value the caller sent
        ClientSettings checked = new ClientSettings(settings.name().strip(), type.get().value(),
                orEmpty(settings.redirectUris()), orEmpty(settings.postLogoutRedirectUris()),
                orEmpty(settings.allowedOrigins()), grantTypes(settings.grantTypes(), type.get()));
        List<FieldError> errors = new ArrayList<>();
        grantProblems(checked, type.get(), errors);
        if (complete && checked.grantTypes().contains(GrantType.AUTHORIZATION_CODE) && checked.redirectUris().isEmpty()) {
            errors.add(new FieldError("redirect_uris", "must name at least one URI for the authorization_code grant"));
        }
        if (type.get() == ClientType.SERVICE) {
            noLogin(checked, errors);
        } else {
            boolean publicClient = type.get() == ClientType.PUBLIC;
            each("redirect_uris", checked.redirectUris(), uri -> ClientUris.redirectProblem(uri, allowHttp, publicClient), errors);
            each("post_logout_redirect_uris", checked.postLogoutRedirectUris(),
                    uri -> ClientUris.redirectProblem(uri, allowHttp, publicClient), errors);
            each("allowed_origins", checked.allowedOrigins(), origin -> ClientUris.originProblem(origin, allowHttp), errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ClientSettings(checked.name(), checked.type(), distinct(checked.redirectUris()),
                distinct(checked.postLogoutRedirectUris()), distinct(checked.allowedOrigins()),
                distinct(checked.grantTypes()));
    }

    private static List<String> grantTypes(List<String> requested, ClientType type) {
        if (requested != null) {
            return requested;
        }
        return type == ClientType.SERVICE ? List.of(GrantType.CLIENT_CREDENTIALS) : GrantType.LOGIN_DEFAULT;
    }

    private static void grantProblems(ClientSettings settings, ClientType type, List<FieldError> errors) {
        List<String> grants = settings.grantTypes();
        if (grants.isEmpty()) {
            errors.add(new FieldError("grant_types", "must name at least one grant type"));
        }
        String allowed = type == ClientType.SERVICE ? "a service client uses client_credentials only"
                : "must be authorization_code, refresh_token or password";
        each("grant_types", grants, grant -> type.grantTypes().contains(grant) ? Optional.empty() : Optional.of(allowed), errors);
        if (grants.contains(GrantType.REFRESH_TOKEN) && !grants.contains(GrantType.AUTHORIZATION_CODE)
                && !grants.contains(GrantType.PASSWORD)) {
            errors.add(new FieldError("grant_types", "refresh_token needs a grant that issues refresh tokens "
                    + "(authorization_code or password)"));
        }
    }

    private static void noLogin(ClientSettings settings, List<FieldError> errors) {
        String message = "a service client logs no one in, so it has none";
        if (!settings.redirectUris().isEmpty()) {
            errors.add(new FieldError("redirect_uris", message));
        }
        if (!settings.postLogoutRedirectUris().isEmpty()) {
            errors.add(new FieldError("post_logout_redirect_uris", message));
        }
        if (!settings.allowedOrigins().isEmpty()) {
            errors.add(new FieldError("allowed_origins", message));
        }
    }

    private static void each(String field, List<String> values, Function<String, Optional<String>> problem,
            List<FieldError> errors) {
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            problem.apply(values.get(i)).ifPresent(message -> errors.add(new FieldError(field + "[" + index + "]", message)));
        }
    }

    /** The values in their order, each once. */
    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}

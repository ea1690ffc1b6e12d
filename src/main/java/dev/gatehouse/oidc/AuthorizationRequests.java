package dev.gatehouse.oidc;

import dev.gatehouse.auth.TokenConfig;
import dev.gatehouse.auth.client.Client;
import dev.gatehouse.auth.client.ClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the parameters of {@code /auth/authorize} in the order RFC 6749 §4.1.2.1 needs: first the client and
 * its redirect URI (wrong ones are shown on a page, never redirected to: that would be an open redirector),
 * then everything else, whose errors go back to that redirect URI.
 */
@ApplicationScoped
public class AuthorizationRequests {

    /** The length of the columns that keep them; RFC 6749 sets no limit, an unbounded echo helps no one. */
    static final int MAX_STATE = 500;
    static final int MAX_NONCE = 500;
    static final int MAX_LOGIN_HINT = 320;
    /** BASE64URL of a SHA-256 without padding (RFC 7636 §4.2, S256): always 43 characters. */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** RFC 6749 Appendix A.5: state is VSCHAR; nonce and login_hint get the same printable range. */
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E\\u00A0-\\uD7FF\\uE000-\\uFFFD]*");
    private static final Pattern VSCHAR = Pattern.compile("[\\x20-\\x7E]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");

    private final ClientService clients;
    private final Set<String> scopes;

    AuthorizationRequests(ClientService clients, TokenConfig config) {
        this.clients = clients;
        this.scopes = Set.copyOf(config.scopes());
    }

    /**
     * The checked request.
     *
     * @throws PageError for an unknown client or a redirect URI that is not exactly one of its own
     * @throws AuthorizationError for every other error, to be redirected to the client
     */
    public AuthorizationRequest parse(Map<String, List<String>> params) {
        Client client = client(params);
        String redirectUri = redirectUri(params, client);
        String state = validState(params);
        Errors errors = new Errors(redirectUri, state);
        if (params.containsKey("request")) {
            throw errors.of("request_not_supported", "Request objects are not supported.");
        }
        if (params.containsKey("request_uri")) {
            throw errors.of("request_uri_not_supported", "Request URIs are not supported.");
        }
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                throw errors.invalid("The parameter " + safe(name) + " is repeated."); // RFC 6749 §3.1
            }
        });
        if (params.containsKey("state") && state == null) {
            throw errors.invalid("state must be at most " + MAX_STATE + " printable ASCII characters.");
        }
        responseType(params, errors);
        if (!client.allows("authorization_code")) {
            throw errors.of("unauthorized_client", "This client may not use the authorization code flow.");
        }
        String scope = scope(params, errors);
        String challenge = challenge(params, errors);
        String nonce = bounded(first(params, "nonce"), MAX_NONCE, "nonce", errors);
        String loginHint = bounded(first(params, "login_hint"), MAX_LOGIN_HINT, "login_hint", errors);
        return new AuthorizationRequest(client.clientId, client.name, redirectUri, scope, state, nonce, challenge,
                prompt(params, errors), maxAge(params, errors), loginHint);
    }

    private Client client(Map<String, List<String>> params) {
        List<String> ids = params.get("client_id");
        if (ids == null || ids.size() != 1) {
            throw new PageError(PageError.Reason.UNKNOWN_CLIENT, "client_id missing or repeated");
        }
        return clients.find(ids.get(0))
                .orElseThrow(() -> new PageError(PageError.Reason.UNKNOWN_CLIENT, "unknown client_id"));
    }

    /** Required even with one registered URI (safer than RFC 6749 §3.1.2.3; OIDC Core §3.1.2.1 requires it). */
    private static String redirectUri(Map<String, List<String>> params, Client client) {
        List<String> uris = params.get("redirect_uri");
        if (uris == null || uris.size() != 1 || !client.redirectUris.contains(uris.get(0))) {
            throw new PageError(PageError.Reason.UNKNOWN_CLIENT, "redirect_uri missing, repeated or not registered");
        }
        return uris.get(0);
    }

    /** The state to echo in errors: only a single, well-formed one, so no value the check refused goes back. */
    private static String validState(Map<String, List<String>> params) {
        List<String> states = params.get("state");
        if (states == null || states.size() != 1) {
            return null;
        }
        String state = states.get(0);
        return state.length() <= MAX_STATE && VSCHAR.matcher(state).matches() ? state : null;
    }

    private static void responseType(Map<String, List<String>> params, Errors errors) {
        String type = first(params, "response_type");
        if (type == null || type.isEmpty()) {
            throw errors.invalid("response_type is required.");
        }
        if (!type.equals("code")) {
            throw errors.of("unsupported_response_type", "Only response_type=code is supported.");
        }
        String mode = first(params, "response_mode");
        if (mode != null && !mode.equals("query")) {
            throw errors.invalid("Only response_mode=query is supported.");
        }
    }

    /** Required (RFC 6749 §3.3 leaves failing or a default open; a default would grant what no one asked for). */
    private String scope(Map<String, List<String>> params, Errors errors) {
        String scope = first(params, "scope");
        if (scope == null || scope.isBlank()) {
            throw errors.of("invalid_scope", "scope is required; OpenID Connect clients ask for openid.");
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.strip().split(" +")));
        if (!scopes.containsAll(asked)) {
            throw errors.of("invalid_scope", "Allowed scopes: " + String.join(" ", scopes) + ".");
        }
        return String.join(" ", asked);
    }

    /** PKCE for every client, confidential ones too (RFC 9700 §2.1.1); only S256, said explicitly (RFC 7636 §4.3). */
    private static String challenge(Map<String, List<String>> params, Errors errors) {
        String challenge = first(params, "code_challenge");
        if (challenge == null) {
            throw errors.invalid("code_challenge is required (PKCE, RFC 7636).");
        }
        if (!"S256".equals(first(params, "code_challenge_method"))) {
            throw errors.invalid("code_challenge_method must be S256; plain is not accepted.");
        }
        if (!S256_CHALLENGE.matcher(challenge).matches()) {
            throw errors.invalid("code_challenge must be the 43-character base64url SHA-256 of the verifier.");
        }
        return challenge;
    }

    private static Set<String> prompt(Map<String, List<String>> params, Errors errors) {
        String prompt = first(params, "prompt");
        if (prompt == null || prompt.isBlank()) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>(Arrays.asList(prompt.strip().split(" +")));
        if (!PROMPTS.containsAll(values)) {
            throw errors.invalid("prompt may hold none, login, consent and select_account.");
        }
        if (values.contains("none") && values.size() > 1) {
            throw errors.invalid("prompt=none cannot be combined with other values."); // OIDC Core §3.1.2.1
        }
        return Set.copyOf(values);
    }

    private static Long maxAge(Map<String, List<String>> params, Errors errors) {
        String maxAge = first(params, "max_age");
        if (maxAge == null) {
            return null;
        }
        if (!DIGITS.matcher(maxAge).matches()) {
            throw errors.invalid("max_age must be a non-negative number of seconds.");
        }
        return Long.parseLong(maxAge);
    }

    private static String bounded(String value, int max, String name, Errors errors) {
        if (value != null && (value.length() > max || !PRINTABLE.matcher(value).matches())) {
            throw errors.invalid(name + " must be at most " + max + " printable characters.");
        }
        return value;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A parameter name in a description: only names of the usual shape are repeated back. */
    private static String safe(String name) {
        return name.matches("[a-z_]{1,40}") ? name : "(unnamed)";
    }

    private record Errors(String redirectUri, String state) {
        AuthorizationError of(String error, String description) {
            return new AuthorizationError(error, description, redirectUri, state);
        }

        AuthorizationError invalid(String description) {
            return of("invalid_request", description);
        }
    }
}

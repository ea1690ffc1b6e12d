package dev.gatehouse.oidc;

/**
 * The parameters of an RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2), by GET query or POST
 * form; each may be null. {@link #toString()} leaves out the hint, a token of the user's.
 */
public record LogoutRequest(String idTokenHint, String clientId, String postLogoutRedirectUri, String state,
        String uiLocales) {

    @Override
    public String toString() {
        return "LogoutRequest[client_id=" + clientId + ", post_logout_redirect_uri=" + postLogoutRedirectUri
                + ", hint=" + (idTokenHint == null ? "none" : "present") + "]";
    }
}

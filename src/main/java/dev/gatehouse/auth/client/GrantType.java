package dev.gatehouse.auth.client;

import java.util.List;
import java.util.Set;

/** The OAuth grant types a client may be allowed, as RFC 6749 names them. */
public final class GrantType {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String CLIENT_CREDENTIALS = "client_credentials";
    /** The legacy resource-owner password grant: RFC 9700 §2.4 says it MUST NOT be used; a client opts in. */
    public static final String PASSWORD = "password";

    /** What a client that logs people in may use. */
    static final Set<String> LOGIN_GRANTS = Set.of(AUTHORIZATION_CODE, REFRESH_TOKEN, PASSWORD);

    /** A new client that logs people in gets the code flow and its refresh tokens; never the password grant. */
    static final List<String> LOGIN_DEFAULT = List.of(AUTHORIZATION_CODE, REFRESH_TOKEN);

    private GrantType() {}
}

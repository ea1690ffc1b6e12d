package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.LDAPException;

/**
 * The directory could not answer (down, timed out, TLS failure, busy). Not an
 * {@code AuthenticationDenied}: the chain skips the LDAP backend, logs this and reports it to readiness,
 * so database users still log in. The message carries the result code only, never a credential.
 */
class DirectoryUnavailable extends RuntimeException {

    DirectoryUnavailable(LDAPException cause) {
        super("LDAP directory unavailable: " + cause.getResultCode().getName(), null, false, false);
    }
}

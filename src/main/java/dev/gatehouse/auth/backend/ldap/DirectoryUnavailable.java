package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import dev.gatehouse.auth.backend.BackendUnavailable;

/**
 * The directory could not answer (down, timed out, TLS failure, busy): a {@link BackendUnavailable}, not an
 * {@code AuthenticationDenied}: the chain skips the LDAP backend, logs this and reports it to readiness,
 * so database users still log in. The message carries the result code only, never a credential.
 */
class DirectoryUnavailable extends BackendUnavailable {

    DirectoryUnavailable(LDAPException cause) {
        super("LDAP directory unavailable: " + cause.getResultCode().getName(), null);
    }
}

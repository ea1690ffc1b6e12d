package dev.gatehouse.auth.backend;

/**
 * Thrown by a backend to reject a login at once, without asking later backends (Django's
 * {@code PermissionDenied}). The client sees the same answer as for a wrong password; the message
 * is for the log only and must not contain the credential.
 */
public class AuthenticationDenied extends RuntimeException {

    public AuthenticationDenied(String reason) {
        super(reason, null, false, false);
    }
}

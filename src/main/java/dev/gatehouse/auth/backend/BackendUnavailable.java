package dev.gatehouse.auth.backend;

/**
 * Thrown by a backend whose source of identities cannot answer (connection refused, timed out, pool
 * exhausted): the chain skips the backend, logs this and reports it to readiness until its next clean call.
 * Only for an unreachable source, never for input the source cannot use: that is "not mine" (empty).
 * The message must not contain the credential.
 */
public class BackendUnavailable extends RuntimeException {

    public BackendUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

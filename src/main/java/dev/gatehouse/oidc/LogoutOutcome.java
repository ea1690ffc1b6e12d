package dev.gatehouse.oidc;

import java.net.URI;
import java.util.Optional;

/**
 * What a logout request leads to: ask the user first ({@link #confirm}), or done, with the RP's redirect when it
 * was verified. {@code problem} says why the request could not be taken as the RP's (then there is never a
 * redirect): the page shows it.
 */
public record LogoutOutcome(boolean needsConfirmation, Optional<URI> redirect, Optional<LogoutProblem> problem) {

    static LogoutOutcome confirm(Optional<LogoutProblem> problem) {
        return new LogoutOutcome(true, Optional.empty(), problem);
    }

    static LogoutOutcome loggedOut(Optional<URI> redirect, Optional<LogoutProblem> problem) {
        return new LogoutOutcome(false, redirect, problem);
    }
}

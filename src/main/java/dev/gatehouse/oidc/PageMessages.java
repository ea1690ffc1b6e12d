package dev.gatehouse.oidc;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the hosted pages, in English; {@code messages/msg_de.properties} has them in German. Templates
 * use them as {@code {msg:login_title}}; an operator's own templates may too.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    @Message("Log in")
    String login_title();

    @Message("Log in to continue to {client}.")
    String login_intro(String client);

    @Message("Email")
    String email_label();

    @Message("Password")
    String password_label();

    @Message("Log in")
    String login_submit();

    @Message("The email or password is incorrect.")
    String login_failed();

    @Message("Too many failed attempts. Try again in {seconds} seconds.")
    String login_locked(long seconds);

    @Message("Gatehouse is busy checking other passwords. Try again in a few seconds.")
    String login_busy();

    @Message("Something went wrong")
    String error_title();

    @Message("This application is not registered with Gatehouse, or it sent you to a return address it has not "
            + "registered, so you were not sent back to it. Please tell the application's operator.")
    String error_unknown_client();

    @Message("The request could not be understood. Go back to the application and try again.")
    String error_bad_request();

    @Message("This login form has expired. Go back to the application and log in again.")
    String error_form_expired();

    @Message("This login form could not be verified, so no login was attempted. Go back to the application and log in again.")
    String error_form_forged();

    @Message("Gatehouse is temporarily unavailable. Try again shortly.")
    String error_unavailable();

    @Message("An unexpected error occurred. Try again shortly.")
    String error_failed();
}

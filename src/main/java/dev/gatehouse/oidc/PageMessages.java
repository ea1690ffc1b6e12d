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

    @Message("Log out")
    String logout_title();

    @Message("Do you want to log out of Gatehouse? You will have to log in again in every application that uses it.")
    String logout_question();

    @Message("Log out")
    String logout_submit();

    @Message("You are logged out")
    String logged_out_title();

    @Message("You have been logged out of Gatehouse. You can close this window.")
    String logged_out_text();

    @Message("The application that sent you here could not be verified, so you will not be sent back to it.")
    String logout_unverified();

    @Message("The application asked to send you to an address it has not registered, so you will not be sent back to it.")
    String logout_unregistered_redirect();

    @Message("This logout form could not be verified, so you were not logged out. Go back to the application and log out again.")
    String error_logout_forged();

    // the mails (mail/MailTemplates renders templates/mail/*, which use this bundle too) and their pages

    @Message("Confirm your email address")
    String mail_verify_subject();

    @Message("Please confirm that {email} is your email address by opening this link:")
    String mail_verify_intro(String email);

    @Message("Confirm my email address")
    String mail_verify_button();

    @Message("The link works once, for {hours} hours.")
    String mail_verify_expiry(long hours);

    @Message("If you did not ask for this, ignore this mail: nothing changes.")
    String mail_verify_ignore();

    @Message("Confirm your email address")
    String verify_title();

    @Message("Confirm that {email} is your email address.")
    String verify_intro(String email);

    @Message("Confirm")
    String verify_submit();

    @Message("Your email address {email} is confirmed. You can close this page.")
    String verify_done(String email);

    @Message("This link is not valid: it has expired, was already used, or a newer one was sent. "
            + "Ask for a new one from your account.")
    String verify_invalid();

    @Message("Forgot password?")
    String forgot_password_link();

    @Message("Reset your password")
    String reset_title();

    @Message("Enter the email of your account. If it has one, we will mail it a link to set a new password.")
    String reset_intro();

    @Message("Send the link")
    String reset_submit();

    @Message("Check your mail. If the email belongs to an account, a link to set a new password is on its way; "
            + "it works once, for a short time.")
    String reset_sent();

    @Message("Enter an email address.")
    String reset_invalid_email();

    @Message("Too many requests from your network. Try again in {seconds} seconds.")
    String reset_limited(long seconds);

    @Message("Back to the login")
    String reset_back();

    @Message("Choose a new password for {email}.")
    String new_password_intro(String email);

    @Message("New password")
    String new_password_label();

    @Message("New password again")
    String new_password_again_label();

    @Message("Set the password")
    String new_password_submit();

    @Message("The two passwords are not the same.")
    String new_password_mismatch();

    @Message("The password was not accepted:")
    String new_password_rejected();

    @Message("Your password is changed, and you were logged out everywhere. Log in again with the new password.")
    String new_password_done();

    @Message("This link is not valid: it has expired, was already used, a newer one was sent, or the password "
            + "was changed meanwhile. Ask for a new one.")
    String new_password_invalid();

    @Message("This form could not be verified, so the password was not changed. Open the link from the mail again.")
    String new_password_forged();

    @Message("Reset your Gatehouse password")
    String mail_reset_subject();

    @Message("Someone, hopefully you, asked to reset the password of {email}. Open this link to choose a new one:")
    String mail_reset_intro(String email);

    @Message("Choose a new password")
    String mail_reset_button();

    @Message("The link works once, for {minutes} minutes.")
    String mail_reset_expiry(long minutes);

    @Message("If you did not ask for this, ignore this mail: your password stays as it is.")
    String mail_reset_ignore();

    @Message("Your Gatehouse password is managed elsewhere")
    String mail_reset_elsewhere_subject();

    @Message("Someone, hopefully you, asked to reset the password of {email}. Gatehouse does not manage this "
            + "account's password: it comes from your organization's directory. Change it there, or ask your "
            + "administrator.")
    String mail_reset_elsewhere_text(String email);

    @Message("Your Gatehouse password was changed")
    String mail_changed_subject();

    @Message("The password of {email} was just changed through a reset link, and every login session was ended.")
    String mail_changed_text(String email);

    @Message("If this was not you, reset your password again now and tell your administrator.")
    String mail_changed_warning();
}

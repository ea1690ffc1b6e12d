package dev.gatehouse.mail;

/** A mail ready to send: its subject and its text and HTML bodies. Never shown by {@link #toString()}. */
public record RenderedMail(String subject, String text, String html) {

    @Override
    public String toString() {
        return "RenderedMail[" + subject + "]";
    }
}

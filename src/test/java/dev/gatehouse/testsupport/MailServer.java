package dev.gatehouse.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port, for every {@code @QuarkusTest}: the mailer
 * sends to it over SMTP and tests read the messages back. {@link #stop()} and {@link #start()} play an outage.
 */
@QuarkusTestResource(MailServer.class)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        // Quarkus' pooled connections, without pipelining: with a new connection per mail (keep-alive off) or with
        // pipelined commands, a send to GreenMail stalled now and then for 30 s, then 421 (seen in PasswordResetTest)
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.pipelining", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The mail server goes down: connections to its port are refused. */
    public static void down() {
        server.stop();
    }

    /** The mail server is back on the same port, with an empty mailbox. */
    public static void up() {
        startServer();
    }

    /** The messages received for {@code recipient}, oldest first. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    /** The one message received for {@code recipient}; fails unless there is exactly one. */
    public static MimeMessage onlyMessageTo(String recipient) {
        List<MimeMessage> messages = messagesTo(recipient);
        if (messages.size() != 1) {
            throw new AssertionError(messages.size() + " messages to " + recipient + ", expected 1");
        }
        return messages.get(0);
    }

    /** The body part of {@code type} ({@code text/plain}, {@code text/html}) of a multipart/alternative mail. */
    public static String part(MimeMessage message, String type) {
        try {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part in the mail");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first link in the mail's text part that starts with {@code prefix}. */
    public static String link(MimeMessage message, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "\\S*").matcher(part(message, "text/plain"));
        if (!m.find()) {
            throw new AssertionError("no link " + prefix + " in the mail");
        }
        return m.group();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startServer() {
        GreenMail fresh = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        fresh.start();
        server = fresh;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

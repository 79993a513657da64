package io.tradewind.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the port the test servers send to ({@code tradewind.smtpPort}),
 * started once per test JVM.
 */
public final class MailServer {

    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("tradewind.smtpPort", "3025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The newest mail to {@code recipient} whose text contains {@code fragment}, waiting up to 20 s. */
    public static MimeMessage awaitMail(String recipient, String fragment) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(start().getReceivedMessages())
                    .filter(message -> to(message).equalsIgnoreCase(recipient) && text(message).contains(fragment))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No mail to " + recipient + " containing " + fragment);
    }

    /** The first link in a mail's text. */
    public static String link(MimeMessage message) {
        try {
            Matcher matcher = Pattern.compile("https?://\\S+").matcher(String.valueOf(message.getContent()));
            if (!matcher.find()) {
                throw new AssertionError("No link in the mail");
            }
            return matcher.group();
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.tradewind.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail over SMTP (TRADEWIND_SMTP_*) once the transaction that asked for it has committed, so
 * a rolled-back invitation sends nothing. Without an SMTP host the mail is written to the log, which
 * is enough to try the product locally.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SMTP_PORT", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "TRADEWIND_MAIL_FROM", defaultValue = "Tradewind <no-reply@tradewind.local>")
    String from;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    public void sendAfterCommit(Mail mail) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        executor.submit(() -> deliver(mail));
                    }
                }
            });
        } else {
            executor.submit(() -> deliver(mail));
        }
    }

    void deliver(Mail mail) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "No SMTP host (TRADEWIND_SMTP_HOST) configured; mail to " + mail.to() + ": "
                    + mail.subject() + "\n" + mail.text());
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Transport.send(message(mail));
                return;
            } catch (MessagingException e) {
                LOG.log(attempt == ATTEMPTS ? Level.SEVERE : Level.WARNING,
                        "Mail to " + mail.to() + " failed (attempt " + attempt + " of " + ATTEMPTS + ")", e);
                sleep(attempt * 1000L);
            }
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        return message;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

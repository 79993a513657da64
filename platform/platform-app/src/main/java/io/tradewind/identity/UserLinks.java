package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.i18n.Messages;
import io.tradewind.mail.Mail;
import io.tradewind.mail.Mailer;
import io.tradewind.persistence.Db;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-time links sent by mail: invitations (valid 7 days) and password resets (valid 1 hour).
 * Only a hash of each link's secret is stored.
 */
@ApplicationScoped
public class UserLinks {

    @Inject
    Db db;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** Creates an invitation for {@code user}, mails it, and returns its link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String invite(long tenantId, String tenantName, UserAccount user, String inviterName) {
        String link = create(tenantId, user, UserToken.Purpose.INVITATION, Duration.ofDays(7), "accept-invitation");
        var locale = Messages.fromTag(user.getLocale());
        mailer.sendAfterCommit(new Mail(user.getEmail(),
                Messages.get(locale, "mail.invitation.subject", tenantName),
                Messages.get(locale, "mail.invitation.body", user.getName(), inviterName, tenantName, link)));
        return link;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sendPasswordReset(long tenantId, String tenantName, UserAccount user) {
        String link = create(tenantId, user, UserToken.Purpose.PASSWORD_RESET, Duration.ofHours(1), "reset-password");
        var locale = Messages.fromTag(user.getLocale());
        mailer.sendAfterCommit(new Mail(user.getEmail(),
                Messages.get(locale, "mail.password-reset.subject", tenantName),
                Messages.get(locale, "mail.password-reset.body", user.getName(), tenantName, link)));
    }

    /** The user a usable link of {@code purpose} belongs to; the link is spent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UserAccount> redeem(String secret, UserToken.Purpose purpose) {
        Instant now = Clock.now();
        return Optional.ofNullable(db.em().find(UserToken.class, Secrets.hash(secret)))
                .filter(token -> token.isUsable(purpose, now))
                .flatMap(token -> {
                    token.use(now);
                    return db.find(UserAccount.class, token.getUserId());
                });
    }

    private String create(long tenantId, UserAccount user, UserToken.Purpose purpose, Duration validity, String route) {
        String secret = Secrets.generate(tenantId);
        db.em().persist(new UserToken(Secrets.hash(secret), user.getId(), purpose, Clock.now().plus(validity)));
        return publicUrl.replaceAll("/+$", "") + "/#/" + route + "?token="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }
}

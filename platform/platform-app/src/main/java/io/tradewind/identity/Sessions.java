package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens sessions (an access token and a rotating refresh token) and revokes them. */
@ApplicationScoped
public class Sessions {

    @Inject
    Db db;

    @Inject
    TokenIssuer issuer;

    @Inject
    @ConfigProperty(name = "TRADEWIND_REFRESH_TOKEN_DAYS", defaultValue = "30")
    long refreshDays;

    @Transactional(Transactional.TxType.MANDATORY)
    public TokenResponse open(TenantSummary tenant, UserAccount user) {
        String refresh = Secrets.generate(tenant.id());
        long refreshSeconds = refreshDays * 86_400;
        db.em().persist(new RefreshToken(Secrets.hash(refresh), user.getId(), Clock.now().plusSeconds(refreshSeconds)));
        String access = issuer.issue(new TokenIssuer.Subject(tenant.id(), tenant.code(), user.getId(), user.getEmail(),
                user.getName(), List.copyOf(user.getRoleCodes())));
        return new TokenResponse(access, refresh, "Bearer", issuer.accessTokenSeconds(), refreshSeconds);
    }

    /** Ends every session of a user: after a password change, a disable, or a stolen refresh token. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(long userId) {
        Instant now = Clock.now();
        db.em().createQuery("SELECT r FROM RefreshToken r WHERE r.userId = :user AND r.revokedAt IS NULL",
                        RefreshToken.class)
                .setParameter("user", userId)
                .getResultList()
                .forEach(token -> token.revoke(now));
    }
}

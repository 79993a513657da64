package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.user.UserAccount;
import io.tradewind.web.ProblemException;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of signing in that touch one tenant's rows, each in its own transaction with that
 * tenant current (an e-mail may belong to several tenants).
 */
@ApplicationScoped
public class CredentialChecks {

    public enum Outcome { MATCH, MISMATCH, LOCKED }

    public record Check(long userId, Outcome outcome, UserAccount.Status status) {
    }

    @Inject
    Db db;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "TRADEWIND_LOGIN_MAX_FAILURES", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "TRADEWIND_LOGIN_LOCK_SECONDS", defaultValue = "900")
    long lockSeconds;

    /** Compares the password without changing anything. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Check> check(long userId, String password) {
        return db.find(UserAccount.class, userId).map(user -> {
            if (user.isLocked(Clock.now())) {
                return new Check(userId, Outcome.LOCKED, user.getStatus());
            }
            boolean matches = hasher.matches(password, user.getPasswordHash());
            return new Check(userId, matches ? Outcome.MATCH : Outcome.MISMATCH, user.getStatus());
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long userId) {
        db.find(UserAccount.class, userId)
                .ifPresent(user -> user.recordFailedLogin(maxFailures, lockSeconds, Clock.now()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TokenResponse signIn(TenantSummary tenant, long userId) {
        UserAccount user = db.require(UserAccount.class, userId);
        user.recordLogin(Clock.now());
        audit.record(new AuditLog.Actor(user.getId(), user.getName()), "user.signed-in", "user", user.getId(), null, null);
        return sessions.open(tenant, user);
    }

    /** Trades a refresh token for a new session; a token used twice ends all the user's sessions. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(TenantSummary tenant, String secret) {
        Instant now = Clock.now();
        RefreshToken token = Optional.ofNullable(db.em().find(RefreshToken.class, Secrets.hash(secret)))
                .orElseThrow(CredentialChecks::invalidToken);
        if (token.getRevokedAt() != null) {
            sessions.revokeAll(token.getUserId());
            throw invalidToken();
        }
        if (!token.isUsable(now)) {
            throw invalidToken();
        }
        UserAccount user = db.find(UserAccount.class, token.getUserId())
                .filter(found -> found.getStatus() == UserAccount.Status.ACTIVE)
                .orElseThrow(() -> Problems.of(ProblemType.ACCOUNT_DISABLED, "problem.account-disabled.detail"));
        token.revoke(now);
        return sessions.open(tenant, user);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void logout(String secret) {
        Optional.ofNullable(db.em().find(RefreshToken.class, Secrets.hash(secret)))
                .ifPresent(token -> token.revoke(Clock.now()));
    }

    static ProblemException invalidToken() {
        return Problems.of(ProblemType.INVALID_TOKEN, "problem.invalid-token.refresh");
    }
}

package io.tradewind.identity;

import io.tradewind.identity.CredentialChecks.Check;
import io.tradewind.identity.CredentialChecks.Outcome;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.user.UserAccount;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Password sign-in, refresh and sign-out for the built-in identity provider. An e-mail may belong
 * to several tenants; the password picks the tenant, and only when it opens more than one must the
 * client name a {@code tenantCode}. Failed attempts count only when no tenant accepted the password,
 * and lock the account after TRADEWIND_LOGIN_MAX_FAILURES.
 */
@ApplicationScoped
public class Authenticator {

    private record Candidate(TenantSummary tenant, long userId) {
    }

    private record Result(Candidate candidate, Check check) {
    }

    @Inject
    LoginDirectory directory;

    @Inject
    TenantStatusCache tenants;

    @Inject
    PasswordHasher hasher;

    @Inject
    CredentialChecks checks;

    public TokenResponse login(String email, String password, String tenantCode) {
        List<Candidate> candidates = candidates(Credentials.normalizeEmail(email), tenantCode);
        if (candidates.isEmpty()) {
            hasher.verifyDecoy(password);
            throw Problems.of(ProblemType.INVALID_CREDENTIALS, "problem.invalid-credentials.detail");
        }
        List<Result> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            TenantContext.callAs(candidate.tenant().id(), () -> checks.check(candidate.userId(), password))
                    .ifPresent(check -> results.add(new Result(candidate, check)));
        }
        List<Result> matches = results.stream().filter(r -> r.check().outcome() == Outcome.MATCH).toList();
        if (matches.isEmpty()) {
            return refuse(results);
        }
        if (matches.size() > 1) {
            throw Problems.of(ProblemType.TENANT_SELECTION_REQUIRED, "problem.tenant-selection-required.detail")
                    .with("tenants", matches.stream()
                            .map(r -> Map.of("code", r.candidate().tenant().code(), "name", r.candidate().tenant().name()))
                            .toList());
        }
        Result match = matches.get(0);
        TenantSummary tenant = match.candidate().tenant();
        if (tenant.status() == Tenant.Status.SUSPENDED) {
            throw Problems.of(ProblemType.TENANT_SUSPENDED, "problem.tenant-suspended.detail", tenant.name());
        }
        if (match.check().status() != UserAccount.Status.ACTIVE) {
            throw Problems.of(ProblemType.ACCOUNT_DISABLED, "problem.account-disabled.detail");
        }
        return TenantContext.callAs(tenant.id(), () -> checks.signIn(tenant, match.candidate().userId()));
    }

    private TokenResponse refuse(List<Result> results) {
        for (Result result : results) {
            if (result.check().outcome() == Outcome.MISMATCH) {
                TenantContext.runAs(result.candidate().tenant().id(),
                        () -> checks.recordFailure(result.candidate().userId()));
            }
        }
        if (results.stream().anyMatch(r -> r.check().outcome() == Outcome.LOCKED)) {
            throw Problems.of(ProblemType.ACCOUNT_LOCKED, "problem.account-locked.detail");
        }
        throw Problems.of(ProblemType.INVALID_CREDENTIALS, "problem.invalid-credentials.detail");
    }

    private List<Candidate> candidates(String email, String tenantCode) {
        List<Candidate> candidates = new ArrayList<>();
        for (LoginDirectoryEntry entry : directory.find(email)) {
            Optional<TenantSummary> tenant = tenants.get(entry.getTenantId());
            if (tenant.isPresent() && (tenantCode == null || tenantCode.isBlank()
                    || tenant.get().code().equalsIgnoreCase(tenantCode.strip()))) {
                candidates.add(new Candidate(tenant.get(), entry.getUserId()));
            }
        }
        return candidates;
    }

    public TokenResponse refresh(String refreshToken) {
        TenantSummary tenant = tenantOf(refreshToken);
        return TenantContext.callAs(tenant.id(), () -> checks.refresh(tenant, refreshToken));
    }

    public void logout(String refreshToken) {
        Secrets.tenantOf(refreshToken).ifPresent(tenant -> TenantContext.runAs(tenant, () -> checks.logout(refreshToken)));
    }

    private TenantSummary tenantOf(String secret) {
        TenantSummary tenant = Secrets.tenantOf(secret).flatMap(tenants::get)
                .orElseThrow(CredentialChecks::invalidToken);
        if (tenant.status() == Tenant.Status.SUSPENDED) {
            throw Problems.of(ProblemType.TENANT_SUSPENDED, "problem.tenant-suspended.detail", tenant.name());
        }
        return tenant;
    }
}

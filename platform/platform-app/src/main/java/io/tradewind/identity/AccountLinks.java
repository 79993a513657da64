package io.tradewind.identity;

import io.tradewind.persistence.Clock;
import io.tradewind.audit.AuditLog;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.user.UserAccount;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What a person does with a mailed link: reset a forgotten password, accept an invitation. */
@ApplicationScoped
public class AccountLinks {

    @Inject
    LoginDirectory directory;

    @Inject
    TenantStatusCache tenants;

    @Inject
    AccountLinkSteps steps;

    /** Mails a reset link for every active account of {@code email}; says nothing about which exist. */
    public void requestPasswordReset(String email) {
        for (LoginDirectoryEntry entry : directory.find(Credentials.normalizeEmail(email))) {
            tenants.get(entry.getTenantId())
                    .filter(tenant -> tenant.status() == Tenant.Status.ACTIVE)
                    .ifPresent(tenant -> TenantContext.runAs(tenant.id(), () -> steps.sendReset(tenant, entry.getUserId())));
        }
    }

    public void resetPassword(String token, String password) {
        TenantSummary tenant = tenantOf(token);
        TenantContext.runAs(tenant.id(), () -> steps.reset(token, password));
    }

    public TokenResponse acceptInvitation(String token, String password, String name) {
        TenantSummary tenant = tenantOf(token);
        return TenantContext.callAs(tenant.id(), () -> steps.accept(tenant, token, password, name));
    }

    private TenantSummary tenantOf(String token) {
        TenantSummary tenant = Secrets.tenantOf(token).flatMap(tenants::get).orElseThrow(AccountLinks::invalidLink);
        if (tenant.status() == Tenant.Status.SUSPENDED) {
            throw Problems.of(ProblemType.TENANT_SUSPENDED, "problem.tenant-suspended.detail", tenant.name());
        }
        return tenant;
    }

    static RuntimeException invalidLink() {
        return Problems.of(ProblemType.INVALID_TOKEN, "problem.invalid-token.link");
    }

    /** The transactional steps, each with the link's tenant current. */
    @ApplicationScoped
    public static class AccountLinkSteps {

        @Inject
        io.tradewind.persistence.Db db;

        @Inject
        UserLinks links;

        @Inject
        PasswordHasher hasher;

        @Inject
        Sessions sessions;

        @Inject
        AuditLog audit;

        @Inject
        io.tradewind.identity.keycloak.KeycloakSettings keycloak;

        @Inject
        io.tradewind.identity.keycloak.KeycloakUsers keycloakUsers;

        @Transactional
        public void sendReset(TenantSummary tenant, long userId) {
            db.find(UserAccount.class, userId)
                    .filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
                    .ifPresent(user -> links.sendPasswordReset(tenant.id(), tenant.name(), user));
        }

        @Transactional
        public void reset(String token, String password) {
            UserAccount user = links.redeem(token, UserToken.Purpose.PASSWORD_RESET)
                    .filter(found -> found.getStatus() == UserAccount.Status.ACTIVE)
                    .orElseThrow(AccountLinks::invalidLink);
            Credentials.checkPassword("password", password, user.getEmail()).ifPresent(error -> {
                throw Problems.invalid(java.util.List.of(error));
            });
            user.setPassword(hasher.hash(password));
            sessions.revokeAll(user.getId());
            audit.record(new AuditLog.Actor(user.getId(), user.getName()), "user.password-reset", "user", user.getId(),
                    null, null);
        }

        @Transactional
        public TokenResponse accept(TenantSummary tenant, String token, String password, String name) {
            UserAccount user = links.redeem(token, UserToken.Purpose.INVITATION)
                    .filter(found -> found.getStatus() == UserAccount.Status.INVITED)
                    .orElseThrow(AccountLinks::invalidLink);
            Credentials.checkPassword("password", password, user.getEmail()).ifPresent(error -> {
                throw Problems.invalid(java.util.List.of(error));
            });
            if (name != null && !name.isBlank()) {
                user.setName(name.strip());
            }
            // In Keycloak mode the password is Keycloak's; the hash kept here is of a secret nobody knows.
            user.setPassword(hasher.hash(keycloak.enabled() ? Secrets.password() : password));
            user.activate();
            user.recordLogin(Clock.now());
            audit.record(new AuditLog.Actor(user.getId(), user.getName()), "user.invitation-accepted", "user",
                    user.getId(), null, null);
            return keycloak.enabled() ? keycloakUsers.accepted(tenant.code(), user.getEmail(), password)
                    : sessions.open(tenant, user);
        }
    }
}

package io.tradewind.identity;

import io.tradewind.access.Caller;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The companies (tenants) a person can work in: every active tenant where their e-mail has an
 * active account. A person in several companies switches between them with a new token for the
 * other one (ADR 0257); this list is what the console offers.
 */
@ApplicationScoped
public class MyCompanies {

    /**
     * A company the caller can switch to.
     *
     * @param code the tenant code, also the Keycloak organization alias ({@code organization:<code>})
     * @param name the company's name
     * @param current whether the caller's token is for this company
     */
    public record Company(String code, String name, boolean current) {
    }

    @Inject
    LoginDirectory directory;

    @Inject
    TenantStatusCache tenants;

    @Inject
    ActiveAccounts accounts;

    public List<Company> of(Caller caller) {
        List<Company> companies = new ArrayList<>();
        for (LoginDirectoryEntry entry : directory.find(Credentials.normalizeEmail(caller.email()))) {
            Optional<TenantSummary> tenant = tenants.get(entry.getTenantId());
            if (tenant.isEmpty() || tenant.get().status() != Tenant.Status.ACTIVE) {
                continue;
            }
            boolean current = tenant.get().id() == caller.tenantId();
            if (current || TenantContext.callAs(tenant.get().id(), () -> accounts.isActive(entry.getUserId()))) {
                companies.add(new Company(tenant.get().code(), tenant.get().name(), current));
            }
        }
        companies.sort(Comparator.comparing(Company::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Company::code));
        return companies;
    }
}

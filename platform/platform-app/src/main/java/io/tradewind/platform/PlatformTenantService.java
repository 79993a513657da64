package io.tradewind.platform;

import io.tradewind.audit.AuditLog;
import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Jpql;
import io.tradewind.tenancy.Plan;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantDetails;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.user.Seats;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What platform operators do with tenants. A change to a tenant is audited in that tenant's own log
 * (its admins see who suspended them) and announced on its event stream.
 */
@ApplicationScoped
public class PlatformTenantService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "t.createdAt", "code", "t.code",
            "name", "t.name");

    @Inject
    Db db;

    @Inject
    Steps steps;

    @Inject
    TenantStatusCache statusCache;

    @Inject
    io.tradewind.identity.keycloak.KeycloakTenants keycloakTenants;

    @Transactional
    public Page<TenantDetails> list(PageRequest page, String q, Tenant.Status status) {
        return Jpql.from(db.em(), Tenant.class, "t")
                .where("t.id <> :platform", "platform", Tenant.PLATFORM_ID)
                .where("t.status = :status", "status", status)
                .search(q, "t.code", "t.name")
                .page(page, Sorting.orderBy(page.sort(), SORTS, "t.createdAt DESC", "t.id"))
                .map(this::details);
    }

    /** Details of one tenant, with its seats counted inside it. */
    public TenantDetails get(long tenantId) {
        return TenantContext.callAs(tenantId, () -> steps.details(tenantId));
    }

    public TenantDetails suspend(long tenantId, String reason, AuditLog.Actor operator) {
        TenantDetails details = change(tenantId, operator, "tenant.suspended", tenant -> tenant.suspend(reason));
        keycloakTenants.statusChanged(details.code(), false);
        return details;
    }

    public TenantDetails resume(long tenantId, AuditLog.Actor operator) {
        TenantDetails details = change(tenantId, operator, "tenant.resumed", Tenant::resume);
        keycloakTenants.statusChanged(details.code(), true);
        return details;
    }

    public TenantDetails changePlan(long tenantId, String planCode, AuditLog.Actor operator) {
        return change(tenantId, operator, "tenant.plan-changed", tenant -> tenant.changePlan(
                steps.plan(planCode)));
    }

    private TenantDetails change(long tenantId, AuditLog.Actor operator, String action, Consumer<Tenant> change) {
        TenantDetails details = TenantContext.callAs(tenantId, () -> steps.change(tenantId, operator, action, change));
        statusCache.forget(tenantId);
        return details;
    }

    private TenantDetails details(Tenant tenant) {
        return TenantContext.callAs(tenant.getId(), () -> steps.details(tenant.getId()));
    }

    /** The transactional steps, each run with the target tenant current. */
    @ApplicationScoped
    public static class Steps {

        @Inject
        Db db;

        @Inject
        Seats seats;

        @Inject
        RecordChanges changes;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public TenantDetails details(long tenantId) {
            Tenant tenant = tenant(tenantId);
            return TenantDetails.of(tenant, db.em().find(Plan.class, tenant.getPlanCode()), seats.usage(tenantId).used());
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public TenantDetails change(long tenantId, AuditLog.Actor operator, String action, Consumer<Tenant> change) {
            Tenant tenant = tenant(tenantId);
            if (tenant.isPlatform()) {
                throw Problems.conflict("problem.conflict.platform-tenant");
            }
            TenantDetails before = details(tenant);
            change.accept(tenant);
            db.em().flush();
            TenantDetails after = details(tenant);
            changes.changed(operator, action, "tenant", tenantId, before, after, after);
            return after;
        }

        @Transactional(Transactional.TxType.SUPPORTS)
        public Plan plan(String code) {
            Plan plan = code == null ? null : db.em().find(Plan.class, code);
            if (plan == null) {
                throw Problems.invalid("plan", "validation.plan.unknown");
            }
            return plan;
        }

        private TenantDetails details(Tenant tenant) {
            return TenantDetails.of(tenant, db.em().find(Plan.class, tenant.getPlanCode()), seats.usage(tenant.getId()).used());
        }

        private Tenant tenant(long tenantId) {
            Tenant tenant = db.em().find(Tenant.class, tenantId);
            if (tenant == null) {
                throw Problems.notFound(Tenant.class);
            }
            return tenant;
        }
    }
}

package io.tradewind.access;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.tradewind.persistence.Ids;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authentication and authorization in one place. Every endpoint needs a verified token unless it
 * is {@link Public}; the token names the tenant (the only place a tenant comes from), the tenant
 * must be active, the user enabled, and the user's roles must grant the endpoint's
 * {@link RequiresPermission}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TENANT_HEADER = "X-Tenant-Id";

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller current;

    @Inject
    TokenIdentities identities;

    @Inject
    TenantStatusCache tenants;

    @Inject
    CallerDirectory callers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (annotation(Public.class) != null) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            throw Problems.unauthorized();
        }
        TokenIdentity identity = identities.resolve(token);
        TenantSummary tenant = tenants.get(identity.tenantId())
                .orElseThrow(() -> Problems.of(ProblemType.INVALID_TOKEN, "problem.invalid-token.detail"));
        if (tenant.status() == Tenant.Status.SUSPENDED) {
            throw Problems.of(ProblemType.TENANT_SUSPENDED, "problem.tenant-suspended.detail", tenant.name());
        }
        TenantContext.enter(tenant.id());
        LogRecordContext.addExtension("tenantId", Ids.format(tenant.id()));
        Caller caller = callers.load(tenant, identity.userId());
        current.set(caller);
        RequiresPermission required = annotation(RequiresPermission.class);
        if (required != null && !caller.can(required.value())) {
            throw Problems.forbidden();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        TenantContext.current().ifPresent(tenant -> response.getHeaders().putSingle(TENANT_HEADER, Ids.format(tenant)));
        LogRecordContext.removeExtension("tenantId");
    }

    private <A extends Annotation> A annotation(Class<A> type) {
        if (resource.getResourceMethod() == null) {
            return null;
        }
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type);
    }
}

package io.tradewind.platform;

import io.tradewind.access.Caller;
import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Ids;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantDetails;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform operators list tenants, suspend and resume them, and change their plan. */
@Path("/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformTenantResource {

    /** Why a tenant is suspended; its admins see the reason. */
    @Schema(name = "SuspendRequest")
    public record SuspendRequest(@Size(max = 500) @Schema(example = "Unpaid invoice") String reason) {
    }

    /** The plan to move a tenant to. */
    @Schema(name = "PlanChange")
    public record PlanChange(@NotBlank @Schema(example = "team") String plan) {
    }

    @Inject
    PlatformTenantService tenants;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permission.PLATFORM_TENANTS_READ)
    @Operation(summary = "List tenants", description = "Filter by q (code or name) and status (active, suspended).")
    public Page<TenantDetails> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                                    @QueryParam("status") String status) {
        return tenants.list(page, q, Params.enumValue("status", Tenant.Status.class, status));
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.PLATFORM_TENANTS_READ)
    @Operation(summary = "Get a tenant")
    public TenantDetails get(@PathParam("id") String id) {
        return tenants.get(tenantId(id));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLATFORM_TENANTS_MANAGE)
    @Operation(summary = "Suspend a tenant: its users' requests and sign-ins get 403 tenant-suspended")
    public TenantDetails suspend(@PathParam("id") String id, @Valid SuspendRequest request) {
        return tenants.suspend(tenantId(id), request == null ? null : request.reason(), operator());
    }

    @POST
    @Path("/{id}/resume")
    @RequiresPermission(Permission.PLATFORM_TENANTS_MANAGE)
    @Operation(summary = "Resume a suspended tenant")
    public TenantDetails resume(@PathParam("id") String id) {
        return tenants.resume(tenantId(id), operator());
    }

    @POST
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PLATFORM_TENANTS_MANAGE)
    @Operation(summary = "Move a tenant to another plan")
    public TenantDetails changePlan(@PathParam("id") String id, @Valid PlanChange request) {
        if (request == null) {
            throw Problems.invalid("plan", "validation.required");
        }
        return tenants.changePlan(tenantId(id), request.plan(), operator());
    }

    private AuditLog.Actor operator() {
        Caller operator = caller.get();
        return new AuditLog.Actor(operator.userId(), operator.name());
    }

    private static long tenantId(String id) {
        return Ids.parse(id).orElseThrow(() -> Problems.notFound(Tenant.class));
    }
}

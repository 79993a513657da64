package io.tradewind.tenancy;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.user.Seats;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Patch;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own tenant: its name, plan and seats. */
@Path("/tenant")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
public class TenantResource {

    @Inject
    Db db;

    @Inject
    CurrentCaller caller;

    @Inject
    Seats seats;

    @Inject
    RecordChanges changes;

    @Inject
    TenantStatusCache statusCache;

    @GET
    @Transactional
    @RequiresPermission(Permission.TENANT_READ)
    @Operation(summary = "The caller's tenant, with its plan and seats")
    public Response get() {
        return Answers.ok(details(db.em().find(Tenant.class, caller.get().tenantId())));
    }

    @PATCH
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.TENANT_MANAGE)
    @Operation(summary = "Rename the tenant or set its time zone",
            description = "Needs If-Match. `timeZone` (e.g. Europe/Berlin; null for the platform's) is where plugin cron jobs run.")
    public Response update(@HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        Tenant tenant = db.em().find(Tenant.class, caller.get().tenantId());
        Etags.require(ifMatch, tenant.getVersion());
        TenantDetails before = details(tenant);
        Patch patch = Patch.of(body, "name", "timeZone").text("name", 200, tenant::rename);
        patch.optionalText("timeZone", 64, zone -> {
            if (zone == null || TenantZones.valid(zone)) {
                tenant.changeTimeZone(zone);
            } else {
                patch.reject("timeZone", "validation.time-zone");
            }
        }).apply();
        db.em().flush();
        TenantDetails after = details(tenant);
        changes.updated("tenant", tenant.getId(), before, after);
        statusCache.forget(tenant.getId());
        return Answers.ok(after);
    }

    private TenantDetails details(Tenant tenant) {
        Seats.Usage usage = seats.usage(tenant.getId());
        return TenantDetails.of(tenant, db.em().find(Plan.class, tenant.getPlanCode()), usage.used());
    }
}

package io.tradewind.demo;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Demo data for a new tenant: a medical-device distributor (医疗器械经销商) in zh-CN. */
@Path("/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
public class DemoDataResource {

    @Inject
    DemoDataService demo;

    @Inject
    CurrentCaller caller;

    @POST
    @RequiresPermission(Permission.TENANT_MANAGE)
    @Operation(summary = "Fill the tenant with demo data", description = "Products, price lists, graded customers with "
            + "contacts and follow-ups, opportunities across the stages (some won or lost), leads with their inquiry log "
            + "and a hand-over to a sales manager if the tenant has one; spread over the tenant's active sales users. "
            + "Answers what was created; 409 when the tenant already has business data (or the demo data).")
    public DemoSummary load() {
        return demo.load(caller.get());
    }
}

package io.tradewind.customer;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.web.Etags;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's grading rules and pool rules. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class AccountSettingsResource {

    @Inject
    AccountSettings settings;

    @GET
    @Path("/grading-rules")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "The customer grading rules (A/B/C)")
    public Response gradingRules() {
        return answer(settings.read(CustomerGrading.SETTING, GradingRules.class, GradingRules::defaults));
    }

    @PUT
    @Path("/grading-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Replace the grading rules", description = "Needs If-Match (\"0\" before the first save).")
    public Response saveGradingRules(@HeaderParam(Etags.IF_MATCH) String ifMatch, @Valid @NotNull GradingRules rules) {
        return answer(settings.write(CustomerGrading.SETTING, ifMatch, rules, GradingRules::defaults));
    }

    @GET
    @Path("/pool-rules")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "The shared pool rules")
    public Response poolRules() {
        return answer(settings.read(CustomerPool.SETTING, PoolRules.class, PoolRules::defaults));
    }

    @PUT
    @Path("/pool-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Replace the pool rules", description = "Needs If-Match (\"0\" before the first save).")
    public Response savePoolRules(@HeaderParam(Etags.IF_MATCH) String ifMatch, @Valid @NotNull PoolRules rules) {
        return answer(settings.write(CustomerPool.SETTING, ifMatch, rules, PoolRules::defaults));
    }

    private static Response answer(AccountSettings.Versioned<?> setting) {
        return Response.ok(setting.value()).tag(Etags.of(setting.version())).build();
    }
}

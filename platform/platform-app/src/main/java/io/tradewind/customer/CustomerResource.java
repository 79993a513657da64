package io.tradewind.customer;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.persistence.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers (客户) and the shared pool (公海). */
@ApplicationScoped
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    CustomerPool pool;

    @Inject
    Visibility visibility;

    @Inject
    CustomFields customFields;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "List customers", description = "Within the caller's data scope; sort by name, createdAt, "
            + "updatedAt, grade, lastFollowUpAt, regionCode.")
    public Page<CustomerView> list(@Valid @BeanParam PageRequest page, @BeanParam CustomerFilter filter) {
        return customers.list(page, filter);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Export customers as CSV or XLSX", description = "The list's filters and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @BeanParam CustomerFilter filter) {
        return customers.export(format, page, filter);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Get a customer")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(customers.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Create a customer", description = "Graded by the tenant's rules unless a grade is given.")
    public Response create(@Valid @NotNull CustomerRequest request) {
        customFields.requireValues(RecordType.CUSTOMER, request.customFields());
        CustomerView created = customers.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Update a customer", description = "Needs If-Match. Changing the screening facts regrades it "
            + "unless a grade is given.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(customers.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Delete a customer with its contacts", description = "Needs If-Match; 409 while it has opportunities.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        customers.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/grade")
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Grade a customer by the tenant's rules", description = "Records the grade and the rule that gave it.")
    public Response regrade(@PathParam("id") String id) {
        return Answers.ok(customers.regrade(id));
    }

    @GET
    @Path("/pool")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "The shared pool (公海)", description = "Customers without an owner, for anyone to claim. "
            + "The filters and sorts of the customer list (ownerId does not apply); newest in the pool first.")
    public Page<CustomerView> pool(@Valid @BeanParam PageRequest page, @BeanParam CustomerFilter filter) {
        return pool.list(page, filter);
    }

    @GET
    @Path("/pool/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Export the shared pool as CSV or XLSX", description = "The pool list's filters and sort; every matching row.")
    public Response exportPool(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                               @Valid @BeanParam PageRequest page, @BeanParam CustomerFilter filter) {
        return pool.export(format, page, filter);
    }

    @POST
    @Path("/{id}/claim")
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Claim a customer from the pool", description = "409 when it is not in the pool or the "
            + "caller holds as many customers as the pool rules allow.")
    public Response claim(@PathParam("id") String id) {
        return Answers.ok(pool.claim(id));
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Return a customer to the pool")
    public Response release(@PathParam("id") String id, JsonObject body) {
        String reason = body != null && body.containsKey("reason") && !body.isNull("reason") ? body.getString("reason", null) : null;
        return Answers.ok(pool.release(id, reason));
    }

    @POST
    @Path("/pool/sweep")
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Run the pool sweep now", description = "Returns to the pool what the rules release at asOf "
            + "(an ISO instant, default now); the same sweep runs on schedule.")
    public SweepResult sweep(@QueryParam("asOf") String asOf) {
        Instant at = Params.instant("asOf", asOf);
        return pool.sweep(at == null ? Clock.now() : at, null);
    }

    @GET
    @Path("/pool/returning")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "My customers that return to the pool soon", description = "Within days (default 7), soonest first.")
    public java.util.List<PoolReturn> returning(@QueryParam("days") Integer days) {
        int within = days == null ? 7 : Math.max(0, Math.min(days, 365));
        return pool.returningWithin(visibility.caller().orElseThrow().userId(), within);
    }
}

package io.tradewind.contact;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts (联系人) of customers. */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    @Inject
    ContactService contacts;

    @Context
    UriInfo uri;

    @Inject
    io.tradewind.customfield.CustomFields customFields;

    @GET
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "List contacts", description = "Within the caller's data scope; sort by name, createdAt, updatedAt, birthday.")
    public Page<ContactView> list(@Valid @BeanParam PageRequest page, @QueryParam("customerId") String customerId,
                                  @QueryParam("ownerId") String ownerId, @QueryParam("tag") String tag,
                                  @QueryParam("q") String q, @QueryParam("createdFrom") String createdFrom,
                                  @QueryParam("createdTo") String createdTo) {
        return contacts.list(page, customerId, ownerId, tag, q, createdFrom, createdTo);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Export contacts as CSV or XLSX")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page,
                           @QueryParam("customerId") String customerId, @QueryParam("ownerId") String ownerId,
                           @QueryParam("tag") String tag, @QueryParam("q") String q,
                           @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo) {
        return contacts.export(format, page, customerId, ownerId, tag, q, createdFrom, createdTo);
    }

    @GET
    @Path("/care-dates")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Birthdays and care dates coming up", description = "From today for days (default 30, at most 366).")
    public List<CareDateDue> careDates(@QueryParam("days") Integer days) {
        LocalDate today = LocalDate.now();
        return contacts.careDatesBetween(today, today.plusDays(days == null ? 30 : Math.max(0, Math.min(days, 366))));
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    @Operation(summary = "Get a contact")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(contacts.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Create a contact")
    public Response create(@Valid @NotNull ContactRequest request) {
        customFields.requireValues(io.tradewind.customfield.RecordType.CONTACT, request.customFields());
        ContactView created = contacts.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Update a contact", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(contacts.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_MANAGE)
    @Operation(summary = "Delete a contact", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        contacts.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

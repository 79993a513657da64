package io.tradewind.lead;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads (线索) and their inquiry log. */
@Path("/leads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadResource {

    @Inject
    LeadService leads;

    @Inject
    LeadConversion conversion;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @Inject
    io.tradewind.customfield.CustomFields customFields;

    @GET
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "List leads", description = "Filters: q (name, company, phone, e-mail, notes), status, source, "
            + "ownerId (a user id or me), unassigned, createdFrom/createdTo, regionCode (prefix), productLine, importId, tag. "
            + "Sort by name, companyName, status, source, createdAt, updatedAt, assignedAt.")
    public Page<LeadView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                               @QueryParam("status") String status, @QueryParam("source") String source,
                               @QueryParam("ownerId") String ownerId, @QueryParam("unassigned") Boolean unassigned,
                               @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
                               @QueryParam("regionCode") String regionCode, @QueryParam("productLine") String productLine,
                               @QueryParam("importId") String importId, @QueryParam("tag") String tag) {
        return leads.list(caller.get(), filter(q, status, source, ownerId, unassigned, createdFrom, createdTo, regionCode,
                productLine, importId, tag), page);
    }

    private LeadService.Filter filter(String q, String status, String source, String ownerId, Boolean unassigned,
                                     String createdFrom, String createdTo, String regionCode, String productLine,
                                     String importId, String tag) {
        return new LeadService.Filter(q, Params.enumValue("status", LeadStatus.class, status),
                Params.enumValue("source", LeadSource.class, source), Params.owner(ownerId, caller.get().userId()),
                Params.instant("createdFrom", createdFrom), Params.instant("createdTo", createdTo),
                blank(regionCode), blank(productLine), Params.id("importId", importId), unassigned, tag);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Get a lead")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(leads.get(caller.get(), id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Create a lead", description = "Without ownerId, the tenant's assignment rules choose the owner.")
    public Response create(@Valid @NotNull LeadRequest request) {
        customFields.requireValues(io.tradewind.customfield.RecordType.LEAD, request.customFields());
        LeadView created = leads.create(caller.get(), request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Update a lead (name, companyName, phone, email, source, sourceDetail, status, ownerId, "
            + "regionCode, productLine, notes, tags)", description = "Needs If-Match. A new ownerId publishes lead.assigned.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(leads.update(caller.get(), id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Delete a lead", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        leads.delete(caller.get(), id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/inquiries")
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "The lead's inquiry log (客户咨询记录本)", description = "Newest first; sort by occurredAt or recordedAt.")
    public Page<InquiryView> inquiries(@PathParam("id") String id, @Valid @BeanParam PageRequest page) {
        return leads.inquiries(caller.get(), id, page);
    }

    @POST
    @Path("/{id}/inquiries")
    @APIResponse(responseCode = "200", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InquiryView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Log an inbound contact", description = "Records who logged it; an entry for an earlier "
            + "business day is kept and marked late.")
    public InquiryView logInquiry(@PathParam("id") String id, InquiryRequest request) {
        return leads.logInquiry(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Convert a lead into a customer and a contact (and an opportunity)",
            description = "One transaction: if any part is refused, nothing is created. 409 when already converted.")
    public ConvertedView convert(@PathParam("id") String id, ConvertRequest request) {
        return conversion.convert(caller.get(), id, request);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Export the filtered leads as CSV or XLSX (format=csv|xlsx)", description = "Same filters and sort as the list.")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                           @QueryParam("status") String status, @QueryParam("source") String source,
                           @QueryParam("ownerId") String ownerId, @QueryParam("unassigned") Boolean unassigned,
                           @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
                           @QueryParam("regionCode") String regionCode, @QueryParam("productLine") String productLine,
                           @QueryParam("importId") String importId, @QueryParam("tag") String tag) {
        return leads.export(caller.get(), format, filter(q, status, source, ownerId, unassigned, createdFrom, createdTo,
                regionCode, productLine, importId, tag), page);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

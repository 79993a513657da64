package io.tradewind.lead.form;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's web-to-lead forms. */
@Path("/lead-forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadFormResource {

    @Inject
    LeadFormService forms;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "List web-to-lead forms")
    public Page<LeadFormView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q) {
        return forms.list(page, q);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Export web-to-lead forms as CSV or XLSX", description = "The list's filter and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @QueryParam("q") String q) {
        return forms.export(format, page, q);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Get a web-to-lead form")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(forms.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadFormView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Create a web-to-lead form", description = "Answers its public key and submission path.")
    public Response create(@Valid @NotNull LeadFormRequest request) {
        LeadFormView created = forms.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Change a form (name, source, ratePerMinute, minFillSeconds, ownerId, enabled)",
            description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(forms.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Delete a form; its key stops working", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        forms.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

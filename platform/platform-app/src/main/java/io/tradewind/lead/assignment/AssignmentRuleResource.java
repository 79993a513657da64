package io.tradewind.lead.assignment;

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

/** The rules that give new leads an owner. */
@Path("/lead-assignment-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class AssignmentRuleResource {

    @Inject
    AssignmentRuleService rules;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "List assignment rules", description = "In the order they are tried (priority); filter by kind or q.")
    public Page<AssignmentRuleView> list(@Valid @BeanParam PageRequest page, @QueryParam("kind") String kind,
                                         @QueryParam("q") String q) {
        return rules.list(page, Params.enumValue("kind", AssignmentKind.class, kind), q);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Export assignment rules as CSV or XLSX", description = "The list's filters and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @QueryParam("kind") String kind, @QueryParam("q") String q) {
        return rules.export(format, page, Params.enumValue("kind", AssignmentKind.class, kind), q);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Get an assignment rule")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(rules.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentRuleView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Create an assignment rule")
    public Response create(@Valid @NotNull AssignmentRuleRequest request) {
        AssignmentRuleView created = rules.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Change an assignment rule (name, kind, priority, enabled, matchValue, departmentId, userIds)",
            description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(rules.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_SETTINGS)
    @Operation(summary = "Delete an assignment rule", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        rules.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

package io.tradewind.opportunity;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Opportunities (商机), their stage moves and history, and the kanban. */
@ApplicationScoped
@Path("/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityResource {

    @Inject
    OpportunityService opportunities;

    @Context
    UriInfo uri;

    @Inject
    io.tradewind.customfield.CustomFields customFields;

    @GET
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "List opportunities", description = "Within the caller's data scope; sort by name, amount, "
            + "expectedCloseDate, createdAt, updatedAt, stageEnteredAt, probability.")
    public Page<OpportunityView> list(@Valid @BeanParam PageRequest page, @BeanParam OpportunityFilter filter) {
        return opportunities.list(page, filter);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "Export opportunities as CSV or XLSX")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page,
                           @BeanParam OpportunityFilter filter) {
        return opportunities.export(format, page, filter);
    }

    @GET
    @Path("/kanban")
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "The pipeline board", description = "Stages in order, each with its count, total and weighted "
            + "amounts over every matching opportunity, and its largest perStage (default 20, at most 100) opportunities.")
    public KanbanView kanban(@BeanParam OpportunityFilter filter, @QueryParam("perStage") Integer perStage) {
        return opportunities.kanban(filter, perStage == null ? 20 : Math.max(0, Math.min(perStage, 100)));
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "Get an opportunity with its products")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(opportunities.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @Operation(summary = "Create an opportunity", description = "Starts in the first open stage.")
    public Response create(@Valid @NotNull OpportunityRequest request) {
        customFields.requireValues(io.tradewind.customfield.RecordType.OPPORTUNITY, request.customFields());
        OpportunityView created = opportunities.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @Operation(summary = "Update an opportunity", description = "Needs If-Match. name, amount, expectedCloseDate, "
            + "contactId, ownerId, source, tags, checkedItems (ticked checklist items), lines (replace all).")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(opportunities.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @Operation(summary = "Move an opportunity to another stage", description = "{\"stageId\", \"checkedItems\", \"reason\"}: "
            + "the current stage's exit and the new stage's entry checklists must be ticked (409 naming the missing "
            + "items); moving to a won or lost stage closes it, a lost one needs a reason.")
    public Response move(@PathParam("id") String id, JsonObject body) {
        return Answers.ok(opportunities.move(id, body));
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "The stage history", description = "Every move with its time and the time spent in the stage left.")
    public List<StageChangeView> history(@PathParam("id") String id) {
        return opportunities.history(id);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.OPPORTUNITIES_MANAGE)
    @Operation(summary = "Delete an opportunity", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        opportunities.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

package io.tradewind.opportunity;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Etags;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The tenant's opportunity stages (销售阶段), with win probabilities and checklists. */
@Path("/settings/opportunity-stages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class StageResource {

    @Inject
    StageService stages;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "The stages in pipeline order")
    public List<StageView> list() {
        return stages.list();
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "Export the stages as CSV or XLSX", description = "In pipeline order.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format) {
        return stages.export(format);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.OPPORTUNITIES_READ)
    @Operation(summary = "Get a stage")
    public Response get(@PathParam("id") String id) {
        StageView view = stages.get(id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StageView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Add a stage")
    public Response create(@Valid @NotNull StageRequest request) {
        StageView created = stages.create(request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Change a stage", description = "Needs If-Match: name, probability, sortOrder, entryChecklist, exitChecklist.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        StageView view = stages.update(id, ifMatch, body);
        return Answers.ok(view);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.PIPELINE_CONFIGURE)
    @Operation(summary = "Delete an unused stage", description = "Needs If-Match; 409 while opportunities are in it.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        stages.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

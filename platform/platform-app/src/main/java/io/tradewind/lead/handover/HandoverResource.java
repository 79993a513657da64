package io.tradewind.lead.handover;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.web.Answers;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Lead hand-over forms (客户信息移交表) and the sales head's feedback. */
@Path("/lead-handovers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class HandoverResource {

    @Inject
    HandoverService handovers;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "List hand-overs", description = "box=sent|received, toUserId, fromUserId, overdue=true (feedback "
            + "past due), awaitingFeedback=true, createdFrom/createdTo; sort by createdAt or dueAt.")
    public Page<HandoverView> list(@Valid @BeanParam PageRequest page, @QueryParam("box") String box,
                                   @QueryParam("toUserId") String toUserId, @QueryParam("fromUserId") String fromUserId,
                                   @QueryParam("overdue") Boolean overdue,
                                   @QueryParam("awaitingFeedback") Boolean awaitingFeedback,
                                   @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo) {
        return handovers.list(caller.get(), new HandoverService.Filter(box, Params.id("toUserId", toUserId),
                Params.id("fromUserId", fromUserId), overdue, awaitingFeedback,
                Params.instant("createdFrom", createdFrom), Params.instant("createdTo", createdTo)), page);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Export the hand-over list", description = "format=csv|xlsx with the list's filters and sort; "
            + "one row per hand-over with its leads and the feedback given.")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page,
                           @QueryParam("box") String box, @QueryParam("toUserId") String toUserId,
                           @QueryParam("fromUserId") String fromUserId, @QueryParam("overdue") Boolean overdue,
                           @QueryParam("awaitingFeedback") Boolean awaitingFeedback,
                           @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo) {
        return handovers.export(caller.get(), format, new HandoverService.Filter(box, Params.id("toUserId", toUserId),
                Params.id("fromUserId", fromUserId), overdue, awaitingFeedback,
                Params.instant("createdFrom", createdFrom), Params.instant("createdTo", createdTo)), page);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Get a hand-over with its leads and their feedback")
    public Response get(@PathParam("id") String id) {
        HandoverView view = handovers.get(caller.get(), id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandoverView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_HANDOVER)
    @Operation(summary = "Hand leads over to a sales head", description = "The sales head becomes their owner; feedback "
            + "on each is due by the end of the next working day.")
    public Response create(@Valid @NotNull HandoverRequest request) {
        HandoverView created = handovers.create(caller.get(), request);
        return Answers.created(uri, created);
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_MANAGE)
    @Operation(summary = "Give feedback on one handed-over lead", description = "Only the receiving sales head (or a "
            + "caller who sees everything). qualified/unqualified set the lead's status; reassigned needs ownerId.")
    public HandoverView feedback(@PathParam("id") String id, FeedbackRequest request) {
        return handovers.feedback(caller.get(), id, request);
    }
}

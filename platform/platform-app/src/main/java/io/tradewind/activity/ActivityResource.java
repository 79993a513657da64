package io.tradewind.activity;

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

/** Follow-ups (跟进记录): calls, visits, meetings and negotiation records. */
@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityResource {

    @Inject
    ActivityService activities;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.ACTIVITIES_READ)
    @Operation(summary = "List follow-ups", description = "Filters: q, type, ownerId (a user id or me), leadId, customerId, contactId, "
            + "opportunityId, occurredFrom/occurredTo, nextStepDueBefore, openNextSteps=true; sort by occurredAt, "
            + "nextStepDueAt, type, createdAt.")
    public Page<ActivityView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                                   @QueryParam("type") String type, @QueryParam("ownerId") String ownerId,
                                   @QueryParam("leadId") String leadId, @QueryParam("customerId") String customerId,
                                   @QueryParam("contactId") String contactId,
                                   @QueryParam("opportunityId") String opportunityId,
                                   @QueryParam("occurredFrom") String occurredFrom, @QueryParam("occurredTo") String occurredTo,
                                   @QueryParam("nextStepDueBefore") String nextStepDueBefore,
                                   @QueryParam("openNextSteps") Boolean openNextSteps) {
        return activities.list(caller.get(), new ActivityService.Filter(q, Params.enumValue("type", ActivityType.class, type),
                Params.owner(ownerId, caller.get().userId()), Params.id("leadId", leadId), Params.id("customerId", customerId),
                Params.id("contactId", contactId), Params.id("opportunityId", opportunityId),
                Params.instant("occurredFrom", occurredFrom), Params.instant("occurredTo", occurredTo),
                Params.instant("nextStepDueBefore", nextStepDueBefore), openNextSteps), page);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.ACTIVITIES_READ)
    @Operation(summary = "Export the filtered follow-ups as CSV or XLSX (format=csv|xlsx)", description = "Same filters and sort as the list.")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                           @QueryParam("type") String type, @QueryParam("ownerId") String ownerId,
                           @QueryParam("leadId") String leadId, @QueryParam("customerId") String customerId,
                           @QueryParam("occurredFrom") String occurredFrom, @QueryParam("occurredTo") String occurredTo) {
        return activities.export(caller.get(), format, new ActivityService.Filter(q,
                Params.enumValue("type", ActivityType.class, type), Params.owner(ownerId, caller.get().userId()), Params.id("leadId", leadId),
                Params.id("customerId", customerId), null, null, Params.instant("occurredFrom", occurredFrom),
                Params.instant("occurredTo", occurredTo), null, null), page);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.ACTIVITIES_READ)
    @Operation(summary = "Get a follow-up")
    public Response get(@PathParam("id") String id) {
        return Answers.ok(activities.get(caller.get(), id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ACTIVITIES_MANAGE)
    @Operation(summary = "Record a follow-up", description = "Linked to a lead, customer, contact and/or opportunity; a "
            + "next step with a due time becomes a reminder for the owner.")
    public Response create(@Valid @NotNull ActivityRequest request) {
        ActivityView created = activities.create(caller.get(), request);
        return Answers.created(uri, created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.ACTIVITIES_MANAGE)
    @Operation(summary = "Change a follow-up (type, subject, notes, occurredAt, durationMinutes, materials, nextStep, "
            + "nextStepDueAt, nextStepDone, ownerId)", description = "Needs If-Match. nextStepDone=true settles its reminder.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        return Answers.ok(activities.update(caller.get(), id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.ACTIVITIES_MANAGE)
    @Operation(summary = "Delete a follow-up", description = "Needs If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        activities.delete(caller.get(), id, ifMatch);
        return Response.noContent().build();
    }
}

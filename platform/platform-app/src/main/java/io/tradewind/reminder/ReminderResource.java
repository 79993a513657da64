package io.tradewind.reminder;

import io.tradewind.access.CurrentCaller;
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

/** The caller's own reminders: every signed-in user has them, so no permission is needed. */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderResource {

    @Inject
    ReminderService reminders;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "My reminders", description = "Filters: status (pending, delivered, done), kind (next-step, "
            + "birthday, holiday, custom), dueBefore; sort by dueAt or createdAt.")
    public Page<ReminderView> list(@Valid @BeanParam PageRequest page, @QueryParam("status") String status,
                                   @QueryParam("kind") String kind, @QueryParam("dueBefore") String dueBefore) {
        return reminders.list(caller.get(), filter(status, kind, dueBefore), page);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export my reminders as CSV or XLSX", description = "The list's filters and sort; every matching row.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page, @QueryParam("status") String status,
                           @QueryParam("kind") String kind, @QueryParam("dueBefore") String dueBefore) {
        return reminders.export(caller.get(), format, filter(status, kind, dueBefore), page);
    }

    private static ReminderService.Filter filter(String status, String kind, String dueBefore) {
        return new ReminderService.Filter(Params.enumValue("status", Reminder.Status.class, status),
                Params.enumValue("kind", Reminder.Kind.class, kind), Params.instant("dueBefore", dueBefore));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of my reminders")
    public Response get(@PathParam("id") String id) {
        ReminderView view = reminders.get(caller.get(), id);
        return Answers.ok(view);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remind me of something at a time")
    public Response create(@Valid @NotNull ReminderRequest request) {
        ReminderView created = reminders.create(caller.get(), request);
        return Answers.created(uri, created);
    }

    @POST
    @Path("/{id}/done")
    @Operation(summary = "Mark one of my reminders done")
    public ReminderView done(@PathParam("id") String id) {
        return reminders.done(caller.get(), id);
    }
}

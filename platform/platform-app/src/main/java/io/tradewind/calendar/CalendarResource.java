package io.tradewind.calendar;

import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.lead.BusinessCalendar;
import io.tradewind.persistence.Clock;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's working-day calendar: public holidays, make-up working days (调休) and care dates. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    /** The answer to "when is the next working day": that day and the end of it (exclusive). */
    public record NextWorkingDay(LocalDate after, LocalDate date, Instant dueAt) {
    }

    @Inject
    WorkCalendar calendar;

    @Inject
    BusinessCalendar business;

    @Context
    UriInfo uri;

    @GET
    @Path("/days")
    @RequiresPermission(Permission.TENANT_READ)
    @Operation(summary = "Special days of the calendar", description = "Holidays, make-up working days and care dates "
            + "between from and to (default: this year), the tenant's entries over China's official schedule.")
    public List<CalendarDayView> days(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return calendar.days(range[0], range[1]);
    }

    @GET
    @Path("/days/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.TENANT_READ)
    @Operation(summary = "Export the special days as CSV or XLSX", description = "The list's from and to; every day in it.")
    public Response exportDays(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                               @QueryParam("from") String from, @QueryParam("to") String to) {
        ExportFormat type = ExportFormat.parse(format);
        LocalDate[] range = range(from, to);
        return calendar.exportDays(type, range[0], range[1]);
    }

    /** From and to of the days lists: this year by default, at most five years. */
    private LocalDate[] range(String from, String to) {
        LocalDate today = business.dayOf(Clock.now());
        LocalDate start = from == null || from.isBlank() ? today.withDayOfYear(1) : WorkCalendar.date("from", from);
        LocalDate end = to == null || to.isBlank() ? start.withDayOfYear(1).plusYears(1).minusDays(1) : WorkCalendar.date("to", to);
        if (end.isBefore(start) || end.isAfter(start.plusYears(5))) {
            throw io.tradewind.web.Problems.invalid("to", "validation.calendar.range");
        }
        return new LocalDate[] {start, end};
    }

    @GET
    @Path("/next-working-day")
    @RequiresPermission(Permission.TENANT_READ)
    @Operation(summary = "The working day after a date", description = "after=YYYY-MM-DD (default today); dueAt is the "
            + "end of that day, which is when hand-over feedback from that date is due.")
    public NextWorkingDay nextWorkingDay(@QueryParam("after") String after) {
        LocalDate day = after == null || after.isBlank() ? business.dayOf(Clock.now()) : WorkCalendar.date("after", after);
        LocalDate next = calendar.nextWorkingDay(day);
        return new NextWorkingDay(day, next, next.plusDays(1).atStartOfDay(business.zone()).toInstant());
    }

    @GET
    @Path("/days/{id}")
    @RequiresPermission(Permission.TENANT_READ)
    @Operation(summary = "Get one of the tenant's calendar entries")
    public Response get(@PathParam("id") String id) {
        CalendarDayView view = calendar.get(id);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @POST
    @Path("/days")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarDayView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.TENANT_MANAGE)
    @Operation(summary = "Add a date to the tenant's calendar", description = "kind holiday (a day off), workday (a "
            + "make-up working day), regular (cancels the official entry of that date) or care (a care date); "
            + "409 when the tenant already has an entry on that date.")
    public Response create(@Valid @NotNull CalendarDayRequest request) {
        CalendarDayView created = calendar.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created).tag(Etags.of(created.version())).build();
    }

    @PATCH
    @Path("/days/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresPermission(Permission.TENANT_MANAGE)
    @Operation(summary = "Change a calendar entry's kind or name", description = "Needs If-Match.")
    public Response update(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        CalendarDayView view = calendar.update(id, ifMatch, body);
        return Response.ok(view).tag(Etags.of(view.version())).build();
    }

    @DELETE
    @Path("/days/{id}")
    @RequiresPermission(Permission.TENANT_MANAGE)
    @Operation(summary = "Remove a calendar entry", description = "Needs If-Match; the official schedule applies again.")
    public Response delete(@PathParam("id") String id, @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        calendar.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

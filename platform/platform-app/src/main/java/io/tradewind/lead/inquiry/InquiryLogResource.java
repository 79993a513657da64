package io.tradewind.lead.inquiry;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.export.ExportFormat;
import io.tradewind.lead.InquiryView;
import io.tradewind.lead.LeadSource;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inquiry log (客户咨询记录本) of all leads the caller may see. */
@Path("/lead-inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class InquiryLogResource {

    @Inject
    InquiryLogService inquiries;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "The inquiry log across leads", description = "q (summary, recorder), leadId, channel, "
            + "recordedById, late=true|false, occurredFrom/occurredTo; sort by occurredAt or recordedAt.")
    public Page<InquiryView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                                  @QueryParam("leadId") String leadId, @QueryParam("channel") String channel,
                                  @QueryParam("recordedById") String recordedById, @QueryParam("late") Boolean late,
                                  @QueryParam("occurredFrom") String from, @QueryParam("occurredTo") String to) {
        return inquiries.list(caller.get(), filter(q, leadId, channel, recordedById, late, from, to), page);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_READ)
    @Operation(summary = "Export the inquiry log as CSV or XLSX (format=csv|xlsx)", description = "Same filters and sort as the list.")
    public Response export(@QueryParam("format") String format, @Valid @BeanParam PageRequest page, @QueryParam("q") String q,
                           @QueryParam("leadId") String leadId, @QueryParam("channel") String channel,
                           @QueryParam("recordedById") String recordedById, @QueryParam("late") Boolean late,
                           @QueryParam("occurredFrom") String from, @QueryParam("occurredTo") String to) {
        return inquiries.export(caller.get(), format, filter(q, leadId, channel, recordedById, late, from, to), page);
    }

    private static InquiryLogService.Filter filter(String q, String leadId, String channel, String recordedById, Boolean late,
                                                   String from, String to) {
        return new InquiryLogService.Filter(q == null || q.isBlank() ? null : q.strip(), Params.id("leadId", leadId),
                Params.enumValue("channel", LeadSource.class, channel), Params.id("recordedById", recordedById), late,
                Params.instant("occurredFrom", from), Params.instant("occurredTo", to));
    }
}

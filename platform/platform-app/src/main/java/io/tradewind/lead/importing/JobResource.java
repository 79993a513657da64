package io.tradewind.lead.importing;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.i18n.Messages;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.Answers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Background jobs (lead imports): progress while they run, the per-row error report once done. */
@Path("/jobs")
@Tag(name = "Jobs")
public class JobResource {

    @Inject
    CurrentCaller caller;

    @Inject
    LeadImportService jobs;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEADS_IMPORT)
    @Operation(summary = "A job's status and progress", description = "status queued|running|completed|failed; processed, "
            + "created, merged, skipped and failed row counts; errorReport links the report once the job is done.")
    public Response get(@PathParam("id") String id) {
        JobView job = jobs.get(caller.get(), id);
        return Answers.ok(job);
    }

    @GET
    @Path("/{id}/error-report")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_IMPORT)
    @Operation(summary = "The rows that could not be imported, as CSV (row, field, value, problem)",
            description = "UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly.")
    public Response errorReport(@PathParam("id") String id) {
        long job = jobs.requireVisible(caller.get(), id);
        long tenant = TenantContext.current().orElseThrow();
        Locale locale = RequestLocale.current();
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write(String.join(",", Messages.get(locale, "import.report.row"), Messages.get(locale, "import.report.field"),
                    Messages.get(locale, "import.report.value"), Messages.get(locale, "import.report.problem")) + "\r\n");
            long afterRow = -1;
            long afterId = -1;
            while (true) {
                long row = afterRow;
                long last = afterId;
                List<ImportError> page = TenantContext.callAs(tenant, () -> jobs.errors(job, row, last, 1000));
                for (ImportError error : page) {
                    writer.write(error.getRowNo() + "," + csv(error.getField()) + "," + csv(error.getValueText()) + ","
                            + csv(error.getMessage()) + "\r\n");
                    afterRow = error.getRowNo();
                    afterId = error.getId();
                }
                if (page.size() < 1000) {
                    break;
                }
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package io.tradewind.lead.importing;

import static io.tradewind.web.MultipartParts.part;
import static io.tradewind.web.MultipartParts.text;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.audit.AuditLog;
import io.tradewind.export.ExportFormat;
import io.tradewind.i18n.Messages;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.platform.DataDirectory;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.BodyLimit;
import io.tradewind.web.FieldError;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploads a CSV or XLSX file of leads; the import runs in the background as a job (GET /jobs/{id}). */
@Path("/leads/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadImportResource {

    static final long MAX_BYTES = 200L * 1024 * 1024;

    @Inject
    CurrentCaller caller;

    @Inject
    LeadImportService jobs;

    @Inject
    ImportWorker worker;

    @Inject
    DataDirectory dataDirectory;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.LEADS_IMPORT)
    @Operation(summary = "List import jobs", description = "The caller's own, or all with an all-records data scope; newest first.")
    public Page<JobView> list(@Valid @BeanParam PageRequest page) {
        return jobs.list(caller.get(), page);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RequiresPermission(Permission.LEADS_IMPORT)
    @Operation(summary = "Export import jobs as CSV or XLSX", description = "The list's jobs and sort; every one.")
    public Response export(@QueryParam("format") @Schema(enumeration = {"csv", "xlsx"}) String format,
                           @Valid @BeanParam PageRequest page) {
        return jobs.export(caller.get(), format, page);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BodyLimit(bytes = MAX_BYTES)
    @RequiresPermission(Permission.LEADS_IMPORT)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUpload.class)))
    @APIResponse(responseCode = "202", description = "Accepted; poll the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @Operation(summary = "Import leads from a CSV or XLSX file",
            description = "The header row is checked at once (400 naming mapping when no column holds a name or company); "
                    + "the rows are imported in the background. Duplicates by phone, e-mail or company name are skipped "
                    + "or merged (duplicates=skip|merge); invalid rows go to the error report.")
    public Response upload(List<EntityPart> parts) throws IOException {
        EntityPart file = part(parts, "file").orElseThrow(() -> Problems.invalid("file", "validation.required"));
        String fileName = file.getFileName().orElse("upload");
        String format = format(fileName, file.getMediaType());
        Map<String, String> mapping = mapping(text(parts, "mapping"));
        LeadImport.DuplicatePolicy duplicates = Optional.ofNullable(
                Params.enumValue("duplicates", LeadImport.DuplicatePolicy.class, text(parts, "duplicates")))
                .orElse(LeadImport.DuplicatePolicy.SKIP);
        java.nio.file.Path stored = store(file.getContent());
        try {
            List<String> header;
            try {
                header = ImportWorker.header(stored, format);
            } catch (IOException | RuntimeException unreadable) {
                throw Problems.invalid("file", "validation.import.unreadable", format.toUpperCase(Locale.ROOT));
            }
            if (header.stream().allMatch(String::isBlank)) {
                throw Problems.invalid("file", "validation.import.unreadable", format.toUpperCase(Locale.ROOT));
            }
            ColumnMapping columns = ColumnMapping.of(header, mapping);
            if (!columns.maps("name") && !columns.maps("companyName")) {
                throw Problems.invalid("mapping", "validation.import.no-name-column", String.join(", ", header));
            }
            var actor = new AuditLog.Actor(caller.get().userId(), caller.get().name());
            JobView job = jobs.create(new LeadImport(fileName.length() > 255 ? fileName.substring(0, 255) : fileName,
                    format, duplicates, io.tradewind.persistence.JsonText.write(mapping), caller.get().userId()));
            worker.submit(TenantContext.current().orElseThrow(), io.tradewind.persistence.Ids.parse(job.id()).orElseThrow(),
                    stored, format, mapping, RequestLocale.current(), actor);
            stored = null;
            return Response.accepted(job).location(uri.getBaseUriBuilder().path("jobs").path(job.id()).build()).build();
        } finally {
            if (stored != null) {
                Files.deleteIfExists(stored);
            }
        }
    }

    private java.nio.file.Path store(InputStream content) throws IOException {
        java.nio.file.Path directory = dataDirectory.uploads("imports");
        Files.createDirectories(directory);
        java.nio.file.Path target = directory.resolve(UUID.randomUUID() + ".upload");
        try (content) {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** By the file's extension; by its media type only when the name has none. */
    private static String format(String fileName, MediaType type) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return "xlsx";
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return "csv";
        }
        if (!lower.contains(".") && type != null) {
            if (type.getSubtype().contains("spreadsheetml")) {
                return "xlsx";
            }
            if (type.getSubtype().contains("csv")) {
                return "csv";
            }
        }
        throw Problems.invalid("file", "validation.import.format");
    }

    private static Map<String, String> mapping(String json) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return mapping;
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw Problems.invalid("mapping", "validation.type");
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String field = entry.getValue() instanceof JsonString text ? text.getString() : null;
            if (field == null || !field.isBlank() && !ColumnMapping.FIELDS.contains(field)) {
                throw Problems.invalid(List.of(new FieldError("mapping",
                        Messages.get("validation.import.unknown-field", entry.getKey(), String.valueOf(field)))));
            }
            mapping.put(entry.getKey().strip(), field);
        }
        return mapping;
    }
}

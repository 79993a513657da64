package io.tradewind.lead.importing;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an import upload (multipart/form-data), for the OpenAPI document. */
@Schema(name = "LeadImportUpload")
public record ImportUpload(
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "A .csv or .xlsx file; the first row is the header") String file,
        @Schema(description = "JSON object from column header to lead field (name, companyName, phone, email, source, "
                + "sourceDetail, regionCode, productLine, notes); unmapped headers are recognised by their label",
                examples = "{\"客户姓名\":\"name\",\"手机\":\"phone\"}") String mapping,
        @Schema(description = "What to do with a row that matches an existing lead by phone, e-mail or company name",
                enumeration = {"skip", "merge"}, defaultValue = "skip") String duplicates) {
}

package io.tradewind.lead;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to convert a lead; every field is optional (the lead's own facts are used). */
@Schema(name = "LeadConvertRequest")
public record ConvertRequest(
        @Size(max = 200) @Schema(description = "The customer's name; the lead's company (or name) by default") String customerName,
        @Size(max = 20) @Schema(description = "The customer's region; the lead's by default") String regionCode,
        @Schema(description = "Also open an opportunity") Boolean createOpportunity,
        @Size(max = 200) @Schema(examples = "彩超设备代理首单") String opportunityName,
        @DecimalMin("0") @Schema(examples = "350000") BigDecimal amount) {
}

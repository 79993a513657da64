package io.tradewind.lead.form;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new web-to-lead form. */
@Schema(name = "LeadFormRequest")
public record LeadFormRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "官网咨询表单") String name,
        @Schema(examples = "website", description = "The source its leads get (default website)") String source,
        @Min(1) @Max(10000) @Schema(examples = "30", description = "Submissions per minute for the whole form") Integer ratePerMinute,
        @Min(0) @Max(600) @Schema(examples = "3", description = "Seconds a visitor must spend before submitting") Integer minFillSeconds,
        @Schema(description = "Owner of its leads; the assignment rules choose when absent") String ownerId,
        Boolean enabled) {
}

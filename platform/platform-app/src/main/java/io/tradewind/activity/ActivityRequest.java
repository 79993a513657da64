package io.tradewind.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up to record; it must name at least one of leadId, customerId, contactId, opportunityId. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotBlank @Schema(examples = "negotiation", description = "call, visit, meeting, negotiation, email or other") String type,
        @NotBlank @Size(max = 200) @Schema(examples = "第二次洽谈：代理区域与首批订货量") String subject,
        @Size(max = 4000) @Schema(examples = "客户关注售后响应时间") String notes,
        @Schema(examples = "2026-03-02T06:00:00Z", description = "When it happened; now when absent") String occurredAt,
        @Min(0) @Max(10000) Integer durationMinutes,
        @Schema(examples = "0SZZZZZZZZZZZ") String leadId,
        String customerId,
        String contactId,
        String opportunityId,
        @Size(max = 2000) @Schema(examples = "产品彩页、代理政策、报价单") String materials,
        @Size(max = 500) @Schema(examples = "寄送样机并约演示") String nextStep,
        @Schema(examples = "2030-03-05T02:00:00Z", description = "When the next step is due; a reminder goes to the owner then")
        String nextStepDueAt,
        @Schema(description = "Whose follow-up it is; the caller when absent") String ownerId) {
}

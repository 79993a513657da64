package io.tradewind.lead.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales head's feedback on one handed-over lead. */
@Schema(name = "HandoverFeedbackRequest")
public record FeedbackRequest(
        @NotBlank @Schema(examples = "0SZZZZZZZZZZZ") String leadId,
        @NotBlank @Schema(examples = "following-up", description = "following-up, qualified, unqualified or reassigned") String outcome,
        @NotBlank @Size(max = 2000) @Schema(examples = "已电话联系，下周拜访") String feedback,
        @Schema(description = "With outcome reassigned: the rep who takes the lead over") String ownerId) {
}

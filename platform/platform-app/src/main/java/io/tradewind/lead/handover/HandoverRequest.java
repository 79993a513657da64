package io.tradewind.lead.handover;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hands leads to a sales head. */
@Schema(name = "HandoverRequest")
public record HandoverRequest(
        @Schema(examples = "0SZZZZZZZZZZZ", description = "The sales head receiving the leads; defaults to the manager of the caller's department")
        String toUserId,
        @NotEmpty @Size(max = 500) @Schema(examples = "[\"0SZZZZZZZZZZZ\"]", description = "The leads handed over")
        List<String> leadIds,
        @Size(max = 1000) @Schema(examples = "今日展会收集的线索，请跟进") String note,
        @Schema(description = "An earlier deadline for the feedback (urgent leads); by default the end of the next working day")
        String dueAt) {
}

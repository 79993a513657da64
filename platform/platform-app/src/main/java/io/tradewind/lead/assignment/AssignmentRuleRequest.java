package io.tradewind.lead.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new assignment rule. */
@Schema(name = "AssignmentRuleRequest")
public record AssignmentRuleRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "华东大区轮流分配") String name,
        @NotBlank @Schema(examples = "round-robin", description = "round-robin, region, product-line or load") String kind,
        @Min(0) @Max(100000) @Schema(examples = "10", description = "Lower runs first") Integer priority,
        Boolean enabled,
        @Size(max = 100) @Schema(description = "Region-code prefix (region) or product line (product-line)") String matchValue,
        @Schema(description = "The team whose active users are the candidates when userIds is empty") String departmentId,
        @Size(max = 100) @Schema(description = "Candidate user ids, in dealing order") List<String> userIds) {
}

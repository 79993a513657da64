package io.tradewind.opportunity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new pipeline stage. */
@Schema(name = "OpportunityStageRequest")
public record StageRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "技术交流") String name,
        @Pattern(regexp = "(?i)open|won|lost") @Schema(examples = "open") String kind,
        @Min(0) @Max(100) @Schema(examples = "40") Integer probability,
        @Min(0) @Max(1000) @Schema(examples = "35") Integer sortOrder,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> entryChecklist,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> exitChecklist) {
}

package io.tradewind.marketplace;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's review decision; a rejection needs a reason, which the vendor sees. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(@Size(max = 1000) @Schema(example = "Calls an undocumented endpoint") String reason) {
}

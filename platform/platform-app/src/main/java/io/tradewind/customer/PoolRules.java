package io.tradewind.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When owned customers return to the shared pool (公海), and how many a rep may hold: a customer
 * without a follow-up for {@code noFollowUpDays}, or not closed within {@code notClosedDays} of being
 * taken, goes back; a claim is refused once the rep owns {@code maxCustomersPerRep}. A null limit is off.
 */
@Schema(name = "PoolRules")
public record PoolRules(@NotNull @Schema(examples = "true") Boolean enabled,
                        @Min(1) @Max(3650) @Schema(examples = "30") Integer noFollowUpDays,
                        @Min(1) @Max(3650) @Schema(examples = "90") Integer notClosedDays,
                        @Min(1) @Max(1_000_000) @Schema(examples = "200") Integer maxCustomersPerRep) {

    public static PoolRules defaults() {
        return new PoolRules(true, 30, 90, 200);
    }
}

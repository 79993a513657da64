package io.tradewind.api.incentive;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an incentive run.
 *
 * @param lines the payouts
 */
public record IncentiveResult(List<IncentiveLine> lines) {

    /** Copies the lines. */
    public IncentiveResult {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}

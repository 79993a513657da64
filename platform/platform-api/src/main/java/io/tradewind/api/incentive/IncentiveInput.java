package io.tradewind.api.incentive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A period's sales, for an incentive run.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param credits the credits in the period
 */
public record IncentiveInput(LocalDate from, LocalDate to, List<SalesCredit> credits) {

    /** Checks the parts and copies the credits. */
    public IncentiveInput {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        credits = List.copyOf(Objects.requireNonNull(credits, "credits"));
    }
}

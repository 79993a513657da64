package io.tradewind.api.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payout of an incentive run.
 *
 * @param userId who is paid
 * @param amount how much
 * @param currency the ISO 4217 currency code
 * @param explanation how it was computed, shown on the user's statement
 */
public record IncentiveLine(long userId, BigDecimal amount, String currency, String explanation) {

    /** Checks the parts. */
    public IncentiveLine {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(explanation, "explanation");
    }
}

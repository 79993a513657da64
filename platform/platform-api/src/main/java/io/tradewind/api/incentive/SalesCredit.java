package io.tradewind.api.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Credit a user earned for an order.
 *
 * @param userId the credited user
 * @param orderId the order
 * @param amount the credited amount
 * @param currency the ISO 4217 currency code
 * @param date the day the order counted
 */
public record SalesCredit(long userId, long orderId, BigDecimal amount, String currency, LocalDate date) {

    /** Checks the parts. */
    public SalesCredit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
    }
}

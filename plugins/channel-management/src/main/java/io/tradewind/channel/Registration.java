package io.tradewind.channel;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A registered deal: a partner's (or, with no partner, the direct team's) claim on a customer's
 * purchase of a product line in a region at a price. {@code listPrice} is the tenant's price the
 * discount is measured against.
 */
record Registration(long id, Long partnerId, String customer, String region, String productLine, BigDecimal price,
                    BigDecimal listPrice, BigDecimal amount, Status status, String registeredAt) {

    enum Status {
        REGISTERED, APPROVED, REJECTED, WON, LOST;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    boolean open() {
        return status == Status.REGISTERED || status == Status.APPROVED;
    }

    boolean direct() {
        return partnerId == null;
    }

    /** Discount off list price in percent, or null when either price is unknown. */
    BigDecimal discountPercent() {
        if (price == null || listPrice == null || listPrice.signum() <= 0) {
            return null;
        }
        return listPrice.subtract(price).multiply(BigDecimal.valueOf(100))
                .divide(listPrice, 2, java.math.RoundingMode.HALF_UP);
    }
}

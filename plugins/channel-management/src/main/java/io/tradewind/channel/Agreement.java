package io.tradewind.channel;

import java.math.BigDecimal;

/**
 * A partner's agreement: its term, sales target, the deepest discount it may give off list price,
 * its rebate on sales and whether its territory is exclusive.
 */
record Agreement(String startsOn, String endsOn, BigDecimal salesTarget, BigDecimal maxDiscountPercent,
                 BigDecimal rebatePercent, boolean exclusive) {

    static final Agreement NONE = new Agreement(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);

    Agreement {
        salesTarget = salesTarget == null ? BigDecimal.ZERO : salesTarget;
        maxDiscountPercent = maxDiscountPercent == null ? BigDecimal.ZERO : maxDiscountPercent;
        rebatePercent = rebatePercent == null ? BigDecimal.ZERO : rebatePercent;
    }
}

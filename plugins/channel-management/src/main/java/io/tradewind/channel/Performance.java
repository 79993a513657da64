package io.tradewind.channel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A partner's sales against its agreement's target and the rebate it earned: the rebate percent
 * of every won deal's amount.
 */
final class Performance {

    record Summary(BigDecimal sales, BigDecimal target, BigDecimal attainmentPercent, long wonDeals,
                   BigDecimal incentivesEarned) {
    }

    private Performance() {
    }

    static BigDecimal rebate(Agreement agreement, BigDecimal amount) {
        return amount.multiply(agreement.rebatePercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    static Summary of(Partner partner, List<Registration> registrations) {
        List<Registration> won = registrations.stream()
                .filter(r -> r.partnerId() != null && r.partnerId() == partner.id())
                .filter(r -> r.status() == Registration.Status.WON && r.amount() != null)
                .toList();
        BigDecimal sales = won.stream().map(Registration::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = partner.agreement().salesTarget();
        BigDecimal attainment = target.signum() == 0 ? null
                : sales.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        BigDecimal incentives = won.stream().map(r -> rebate(partner.agreement(), r.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(sales, target, attainment, won.size(), incentives);
    }
}

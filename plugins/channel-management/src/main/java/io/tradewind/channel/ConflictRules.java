package io.tradewind.channel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the channel conflicts a new deal registration causes, on the three axes the seeds name:
 * <ul>
 * <li><b>region</b>: a partner registers outside its territory, or inside another partner's
 * exclusive territory;</li>
 * <li><b>product</b>: a partner registers a product line it does not carry, or a customer/product
 * line another partner or the direct team already holds an open registration for;</li>
 * <li><b>price</b>: the price is below what the partner's agreement allows, or differs from the
 * other open registration for the same customer and product line by more than the tolerance.</li>
 * </ul>
 */
final class ConflictRules {

    enum Kind {
        PRICE, REGION, PRODUCT;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code otherRegistrationId}/{@code otherPartnerId} null: the conflict is with direct sales or the agreement. */
    record Finding(Kind kind, Long otherRegistrationId, Long otherPartnerId, boolean withDirect, String detail) {
    }

    private ConflictRules() {
    }

    static List<Finding> detect(Registration deal, Map<Long, Partner> partners, List<Registration> existing,
                                BigDecimal priceTolerancePercent) {
        List<Finding> findings = new ArrayList<>();
        Partner partner = deal.partnerId() == null ? null : partners.get(deal.partnerId());
        if (partner != null) {
            if (!partner.covers(deal.region())) {
                findings.add(new Finding(Kind.REGION, null, null, true,
                        "region " + deal.region() + " is outside the partner's territory"));
            }
            if (!partner.sells(deal.productLine())) {
                findings.add(new Finding(Kind.PRODUCT, null, null, true,
                        "product line " + deal.productLine() + " is not in the partner's product lines"));
            }
            BigDecimal discount = deal.discountPercent();
            if (discount != null && discount.compareTo(partner.agreement().maxDiscountPercent()) > 0) {
                findings.add(new Finding(Kind.PRICE, null, null, true, "discount " + discount.toPlainString()
                        + "% exceeds the agreement's " + partner.agreement().maxDiscountPercent().toPlainString() + "%"));
            }
        }
        for (Partner other : partners.values()) {
            if (other.id() != (deal.partnerId() == null ? -1 : deal.partnerId())
                    && other.status() == OnboardingStatus.ACTIVE && other.agreement().exclusive()
                    && other.covers(deal.region())) {
                findings.add(new Finding(Kind.REGION, null, other.id(), false,
                        "region " + deal.region() + " is exclusive to partner " + other.id()));
            }
        }
        for (Registration other : existing) {
            if (other.id() == deal.id() || !other.open() || sameParty(deal, other)
                    || !Partner.same(other.customer(), deal.customer())
                    || !Partner.same(other.productLine(), deal.productLine())) {
                continue;
            }
            findings.add(new Finding(Kind.PRODUCT, other.id(), other.partnerId(), other.direct(),
                    "customer " + deal.customer() + " / " + deal.productLine() + " is already registered as "
                            + other.id()));
            if (deal.price() != null && other.price() != null && other.price().signum() > 0) {
                BigDecimal gap = deal.price().subtract(other.price()).abs().multiply(BigDecimal.valueOf(100))
                        .divide(other.price(), 2, RoundingMode.HALF_UP);
                if (gap.compareTo(priceTolerancePercent) > 0) {
                    findings.add(new Finding(Kind.PRICE, other.id(), other.partnerId(), other.direct(),
                            "price differs by " + gap.toPlainString() + "% from registration " + other.id()));
                }
            }
        }
        return findings;
    }

    private static boolean sameParty(Registration a, Registration b) {
        return a.partnerId() == null ? b.partnerId() == null : a.partnerId().equals(b.partnerId());
    }
}

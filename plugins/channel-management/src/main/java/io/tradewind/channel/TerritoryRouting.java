package io.tradewind.channel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides who gets a lead. Direct-sales rules win first (a reserved region or product line goes to
 * the direct team). Otherwise the lead goes to an active partner whose territory covers the lead's
 * region and, when the lead names a product line, who carries that line. Among several, an
 * exclusive agreement wins, then the stronger tier, then the partner signed up first (lowest id).
 */
final class TerritoryRouting {

    enum Target { PARTNER, DIRECT }

    record Decision(Target target, Partner partner, Long ownerUserId, Long departmentId, String reason) {
    }

    private TerritoryRouting() {
    }

    static Optional<Decision> route(List<Partner> partners, RoutingRules rules, String region, String productLine) {
        if (region != null && rules.reservesRegion(region)) {
            return direct(rules, "direct region " + region);
        }
        if (productLine != null && rules.reservesProductLine(productLine)) {
            return direct(rules, "direct product line " + productLine);
        }
        if (region == null || region.isBlank()) {
            return Optional.empty();
        }
        return partners.stream()
                .filter(p -> p.status() == OnboardingStatus.ACTIVE)
                .filter(p -> p.covers(region))
                .filter(p -> productLine == null || productLine.isBlank() || p.sells(productLine))
                .filter(p -> p.ownerUserId() != null || p.departmentId() != null)
                .sorted(Comparator.comparing((Partner p) -> !p.agreement().exclusive())
                        .thenComparingInt(Partner::tierRank)
                        .thenComparingLong(Partner::id))
                .findFirst()
                .map(p -> new Decision(Target.PARTNER, p, p.ownerUserId(), p.departmentId(),
                        "partner " + p.id() + " (" + p.name() + ") covers " + region
                                + (productLine == null || productLine.isBlank() ? "" : " / " + productLine)));
    }

    private static Optional<Decision> direct(RoutingRules rules, String why) {
        if (rules.directOwnerUserId() == null && rules.directDepartmentId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Decision(Target.DIRECT, null, rules.directOwnerUserId(), rules.directDepartmentId(),
                "direct sales: " + why));
    }
}

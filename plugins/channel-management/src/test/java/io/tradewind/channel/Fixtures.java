package io.tradewind.channel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

final class Fixtures {

    private Fixtures() {
    }

    static Partner partner(long id, String tier, OnboardingStatus status, List<String> regions, List<String> lines,
                           boolean exclusive) {
        return new Partner(id, "P" + id, "distributor", tier, status, regions, lines, 100L + id, null, List.of(),
                new Agreement("2026-01-01", "2026-12-31", new BigDecimal("100000"), new BigDecimal("10"),
                        new BigDecimal("3"), exclusive), Map.of());
    }

    static Registration deal(long id, Long partnerId, String customer, String region, String line, String price) {
        return new Registration(id, partnerId, customer, region, line, new BigDecimal(price), new BigDecimal("100"),
                null, Registration.Status.REGISTERED, "2026-11-29T00:00:00Z");
    }
}

package io.tradewind.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A distributor, dealer or agent. {@code ownerUserId} / {@code departmentId} is who in the tenant
 * receives the leads routed to this partner (its channel manager or the partner's own user).
 */
record Partner(long id, String name, String type, String tier, OnboardingStatus status, List<String> regions,
               List<String> productLines, Long ownerUserId, Long departmentId, List<Map<String, Object>> contacts,
               Agreement agreement, Map<String, Integer> ratings) {

    Partner {
        regions = List.copyOf(regions);
        productLines = List.copyOf(productLines);
        contacts = List.copyOf(contacts);
        agreement = agreement == null ? Agreement.NONE : agreement;
        ratings = Map.copyOf(ratings);
    }

    boolean covers(String region) {
        return region != null && regions.stream().anyMatch(r -> same(r, region) || contains(r, region));
    }

    /**
     * Whether the administrative division {@code territory} contains {@code region}: with China's
     * division codes a province ({@code 330000}) holds its prefectures ({@code 330100}), counties
     * ({@code 330106}) and towns ({@code 330106001}); the territory's trailing zero pairs are its level.
     */
    static boolean contains(String territory, String region) {
        String area = territory.trim();
        if (area.isEmpty() || !area.chars().allMatch(Character::isDigit)) {
            return false;
        }
        while (area.length() > 2 && area.endsWith("00")) {
            area = area.substring(0, area.length() - 2);
        }
        return region.trim().startsWith(area);
    }

    boolean sells(String productLine) {
        return productLine != null && productLines.stream().anyMatch(p -> same(p, productLine));
    }

    /** Lower is stronger: platinum, gold, silver, bronze, then anything else. */
    int tierRank() {
        int rank = List.of("platinum", "gold", "silver", "bronze").indexOf(tier == null ? "" : tier.toLowerCase(Locale.ROOT));
        return rank < 0 ? 99 : rank;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}

package io.tradewind.channel;

import java.util.List;

/**
 * The tenant's rules for leads the direct team keeps: regions and product lines reserved for direct
 * sales, and the user or department that receives them (both null: the core's own assignment).
 */
record RoutingRules(List<String> directRegions, List<String> directProductLines, Long directOwnerUserId,
                    Long directDepartmentId) {

    static final RoutingRules NONE = new RoutingRules(List.of(), List.of(), null, null);

    RoutingRules {
        directRegions = List.copyOf(directRegions);
        directProductLines = List.copyOf(directProductLines);
    }

    boolean reservesRegion(String region) {
        return directRegions.stream().anyMatch(r -> Partner.same(r, region));
    }

    boolean reservesProductLine(String productLine) {
        return directProductLines.stream().anyMatch(p -> Partner.same(p, productLine));
    }
}

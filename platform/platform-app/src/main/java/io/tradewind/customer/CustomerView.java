package io.tradewind.customer;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer as the API shows it; {@code rfm} is filled for existing customers (a won deal). */
public record CustomerView(String id, String name, String status, String grade, String gradeReason, Instant gradedAt,
                           String regionCode, String regionName, String industry, Integer companySize,
                           Integer yearsInBusiness, Integer teamSize, String needs, String phone, String email,
                           String address, String source, String customerGroup, String channel, List<String> tags,
                           String ownerId, List<String> memberIds, boolean inPool, Instant ownedSince,
                           String previousOwnerId, Instant pooledAt, String poolReason, Instant lastFollowUpAt,
                           Instant closedAt, Rfm rfm, Instant createdAt, Instant updatedAt, long version,
                           Map<String, Object> customFields) implements Versioned {

    /** Recency (days since the last purchase), frequency (won deals) and monetary value (their total). */
    public record Rfm(Long recencyDays, int frequency, BigDecimal monetary, Instant lastPurchaseAt) {
    }

    public static CustomerView of(Customer c, String regionName, Instant now) {
        return of(c, regionName, now, Map.of());
    }

    /** With its custom field values by code (CustomFields). */
    public static CustomerView of(Customer c, String regionName, Instant now, Map<String, Object> customFields) {
        Rfm rfm = c.getLastPurchaseAt() == null ? null
                : new Rfm(Duration.between(c.getLastPurchaseAt(), now).toDays(), c.getPurchaseCount(),
                        c.getPurchaseAmount(), c.getLastPurchaseAt());
        return new CustomerView(Ids.format(c.getId()), c.getName(), c.getStatus().name().toLowerCase(), c.getGrade(),
                c.getGradeReason(), c.getGradedAt(), c.getRegionCode(), regionName, c.getIndustry(),
                c.getCompanySize(), c.getYearsInBusiness(), c.getTeamSize(), c.getNeeds(), c.getPhone(), c.getEmail(),
                c.getAddress(), c.getSource(), c.getCustomerGroup(), c.getChannel(), List.copyOf(c.getTags()),
                Ids.format(c.getOwnerId()), List.copyOf(c.getMemberIds()), c.inPool(), c.getOwnedSince(),
                Ids.format(c.getPreviousOwnerId()), c.getPooledAt(), c.getPoolReason(), c.getLastFollowUpAt(),
                c.getClosedAt(), rfm, c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(), customFields);
    }
}

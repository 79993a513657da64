package io.tradewind.lead.assignment;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;

/** An assignment rule as the API shows it. */
public record AssignmentRuleView(String id, String name, String kind, int priority, boolean enabled, String matchValue,
                                 String departmentId, List<String> userIds, String lastUserId, Instant createdAt,
                                 Instant updatedAt, long version) implements Versioned {

    public static AssignmentRuleView of(AssignmentRule rule) {
        return new AssignmentRuleView(Ids.format(rule.getId()), rule.getName(), rule.getKind().code(), rule.getPriority(),
                rule.isEnabled(), rule.getMatchValue(), Ids.format(rule.getDepartmentId()),
                rule.getUserIds().stream().map(id -> Ids.format(Long.parseLong(id))).toList(),
                Ids.format(rule.getLastUserId()), rule.getCreatedAt(), rule.getUpdatedAt(), rule.getVersion());
    }
}

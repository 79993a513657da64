package io.tradewind.lead.assignment;

import io.tradewind.lead.Lead;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A tenant's rule for giving new leads an owner. Candidates are the listed users, or else the
 * active users of the team (department). Rules are tried by ascending priority; the first that
 * matches and has a candidate wins.
 */
@Entity
@Table(name = "lead_assignment_rule")
public class AssignmentRule extends TenantEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private AssignmentKind kind;
    private int priority;
    private boolean enabled = true;
    private String matchValue;
    private Long departmentId;
    @Convert(converter = StringSetConverter.class)
    private Set<String> userIds = new LinkedHashSet<>();
    private Long lastUserId;

    protected AssignmentRule() {
    }

    public AssignmentRule(String name, AssignmentKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public boolean matches(Lead lead) {
        return switch (kind) {
            case ROUND_ROBIN, LOAD -> true;
            case REGION -> lead.getRegionCode() != null && matchValue != null && lead.getRegionCode().startsWith(matchValue);
            case PRODUCT_LINE -> lead.getProductLine() != null && matchValue != null
                    && lead.getProductLine().strip().toLowerCase(Locale.ROOT).equals(matchValue.toLowerCase(Locale.ROOT));
        };
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AssignmentKind getKind() { return kind; }
    public void setKind(AssignmentKind kind) { this.kind = kind; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getMatchValue() { return matchValue; }
    public void setMatchValue(String matchValue) { this.matchValue = matchValue; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Set<String> getUserIds() { return userIds; }
    public void setUserIds(Set<String> userIds) { this.userIds = new LinkedHashSet<>(userIds); }
    public Long getLastUserId() { return lastUserId; }
}

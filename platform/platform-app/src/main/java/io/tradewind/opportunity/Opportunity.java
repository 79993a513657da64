package io.tradewind.opportunity;

import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import io.tradewind.team.TeamRecord;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** An opportunity (商机): a possible deal with a customer, moving through the tenant's stages. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends TenantEntity implements TeamRecord {

    public enum Status { OPEN, WON, LOST }

    private String name;
    private long customerId;
    private Long contactId;
    private long ownerId;
    private BigDecimal amount = BigDecimal.ZERO;
    private LocalDate expectedCloseDate;
    private long stageId;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    private int probability;
    private Instant stageEnteredAt;
    @Convert(converter = StringSetConverter.class)
    private Set<String> checkedItems = new LinkedHashSet<>();
    private String closeReason;
    private Instant closedAt;
    private String source;
    @Convert(converter = StringSetConverter.class)
    private Set<String> tags = new LinkedHashSet<>();

    protected Opportunity() {
    }

    public Opportunity(String name, long customerId, long ownerId) {
        this.name = name;
        this.customerId = customerId;
        this.ownerId = ownerId;
    }

    public void enter(OpportunityStage stage, Instant at) {
        stageId = stage.getId();
        probability = stage.getProbability();
        stageEnteredAt = at;
        status = switch (stage.getKind()) {
            case OPEN -> Status.OPEN;
            case WON -> Status.WON;
            case LOST -> Status.LOST;
        };
        closedAt = status == Status.OPEN ? null : at;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public long getOwnerId() { return ownerId; }
    public void setOwnerId(long ownerId) { this.ownerId = ownerId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public long getStageId() { return stageId; }
    public Status getStatus() { return status; }
    public int getProbability() { return probability; }
    public Instant getStageEnteredAt() { return stageEnteredAt; }
    public Set<String> getCheckedItems() { return checkedItems; }
    public void setCheckedItems(Set<String> checkedItems) { this.checkedItems = new LinkedHashSet<>(checkedItems); }
    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    public Instant getClosedAt() { return closedAt; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = new LinkedHashSet<>(tags); }

    @Override
    public String teamType() { return "opportunity"; }

    @Override
    public Long teamOwnerId() { return ownerId; }
}

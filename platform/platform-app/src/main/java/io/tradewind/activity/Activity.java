package io.tradewind.activity;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A follow-up: a call, visit, meeting or negotiation with a lead, customer, contact or opportunity. */
@Entity
@Table(name = "activity")
public class Activity extends TenantEntity {

    @Enumerated(EnumType.STRING)
    private ActivityType type;
    private String subject;
    private String notes;
    private Instant occurredAt;
    private Integer durationMinutes;
    private long ownerId;
    private Long leadId;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    private String materials;
    private String nextStep;
    private Instant nextStepDueAt;
    private boolean nextStepDone;

    protected Activity() {
    }

    public Activity(ActivityType type, String subject, Instant occurredAt, long ownerId) {
        this.type = type;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.ownerId = ownerId;
    }

    public boolean hasLink() {
        return leadId != null || customerId != null || contactId != null || opportunityId != null;
    }

    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public long getOwnerId() { return ownerId; }
    public void setOwnerId(long ownerId) { this.ownerId = ownerId; }
    public Long getLeadId() { return leadId; }
    public void setLeadId(Long leadId) { this.leadId = leadId; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public Long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public Instant getNextStepDueAt() { return nextStepDueAt; }
    public void setNextStepDueAt(Instant nextStepDueAt) { this.nextStepDueAt = nextStepDueAt; }
    public boolean isNextStepDone() { return nextStepDone; }
    public void setNextStepDone(boolean nextStepDone) { this.nextStepDone = nextStepDone; }
}

package io.tradewind.lead.handover;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lead on a hand-over form, with the sales head's feedback once given. */
@Entity
@Table(name = "lead_handover_item")
public class HandoverItem extends TenantEntity {

    /** What the sales head made of the lead. */
    public enum Outcome { FOLLOWING_UP, QUALIFIED, UNQUALIFIED, REASSIGNED }

    private long handoverId;
    private long leadId;
    private long toUserId;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String feedback;
    private Instant feedbackAt;
    private Long feedbackById;

    protected HandoverItem() {
    }

    public HandoverItem(long handoverId, long leadId, long toUserId, Instant dueAt) {
        this.handoverId = handoverId;
        this.leadId = leadId;
        this.toUserId = toUserId;
        this.dueAt = dueAt;
    }

    public void answer(Outcome outcome, String feedback, long by, Instant at) {
        this.outcome = outcome;
        this.feedback = feedback;
        this.feedbackById = by;
        this.feedbackAt = at;
    }

    public boolean isOverdue(Instant now) {
        return feedbackAt == null && now.isAfter(dueAt);
    }

    public long getHandoverId() { return handoverId; }
    public long getLeadId() { return leadId; }
    public long getToUserId() { return toUserId; }
    public Instant getDueAt() { return dueAt; }
    public Outcome getOutcome() { return outcome; }
    public String getFeedback() { return feedback; }
    public Instant getFeedbackAt() { return feedbackAt; }
    public Long getFeedbackById() { return feedbackById; }
}

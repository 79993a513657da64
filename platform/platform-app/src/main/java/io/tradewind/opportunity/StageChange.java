package io.tradewind.opportunity;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stage move of an opportunity, with how long it had been in the stage it left. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange extends TenantRecord {

    private long opportunityId;
    private Long fromStageId;
    private long toStageId;
    private Instant changedAt;
    private Long changedBy;
    private Long secondsInStage;
    private String note;

    protected StageChange() {
    }

    public StageChange(long opportunityId, Long fromStageId, long toStageId, Instant changedAt, Long changedBy,
                       Long secondsInStage, String note) {
        this.opportunityId = opportunityId;
        this.fromStageId = fromStageId;
        this.toStageId = toStageId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.secondsInStage = secondsInStage;
        this.note = note;
    }

    public long getOpportunityId() { return opportunityId; }
    public Long getFromStageId() { return fromStageId; }
    public long getToStageId() { return toStageId; }
    public Instant getChangedAt() { return changedAt; }
    public Long getChangedBy() { return changedBy; }
    public Long getSecondsInStage() { return secondsInStage; }
    public String getNote() { return note; }
}

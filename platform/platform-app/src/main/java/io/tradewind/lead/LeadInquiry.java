package io.tradewind.lead;

import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One inbound contact in the inquiry log (客户咨询记录本). Append-only; {@code late} marks an entry
 * recorded after the business day the contact happened on, which the seed's same-day rule forbids
 * but a manager would rather see than lose.
 */
@Entity
@Table(name = "lead_inquiry")
public class LeadInquiry extends TenantRecord {

    private long leadId;
    @Enumerated(EnumType.STRING)
    private LeadSource channel;
    private String summary;
    private Instant occurredAt;
    private Instant recordedAt;
    private Long recordedById;
    private String recordedByName;
    private boolean late;

    protected LeadInquiry() {
    }

    public LeadInquiry(long leadId, LeadSource channel, String summary, Instant occurredAt, Instant recordedAt,
                       Long recordedById, String recordedByName, boolean late) {
        this.leadId = leadId;
        this.channel = channel;
        this.summary = summary;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.recordedById = recordedById;
        this.recordedByName = recordedByName;
        this.late = late;
    }

    public long getLeadId() { return leadId; }
    public LeadSource getChannel() { return channel; }
    public String getSummary() { return summary; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getRecordedAt() { return recordedAt; }
    public Long getRecordedById() { return recordedById; }
    public String getRecordedByName() { return recordedByName; }
    public boolean isLate() { return late; }
}

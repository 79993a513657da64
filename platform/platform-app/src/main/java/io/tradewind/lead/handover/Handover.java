package io.tradewind.lead.handover;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A hand-over form (客户信息移交表): a batch of leads from an assistant to a sales head. */
@Entity
@Table(name = "lead_handover")
public class Handover extends TenantEntity {

    private long fromUserId;
    private long toUserId;
    private String note;
    private Instant dueAt;

    protected Handover() {
    }

    public Handover(long fromUserId, long toUserId, String note, Instant dueAt) {
        this.fromUserId = fromUserId;
        this.toUserId = toUserId;
        this.note = note;
        this.dueAt = dueAt;
    }

    public long getFromUserId() { return fromUserId; }
    public long getToUserId() { return toUserId; }
    public String getNote() { return note; }
    public Instant getDueAt() { return dueAt; }
}

package io.tradewind.audit;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change in a tenant: who did what to which record, with the record before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantRecord {

    private Instant occurredAt;
    private Long actorId;
    private String actorName;
    private String action;
    private String entityType;
    private Long entityId;
    private String beforeState;
    private String afterState;
    private String requestId;

    protected AuditEvent() {
    }

    AuditEvent(Long actorId, String actorName, String action, String entityType, Long entityId,
               String beforeState, String afterState, String requestId) {
        this.occurredAt = Clock.now();
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.requestId = requestId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getRequestId() {
        return requestId;
    }
}

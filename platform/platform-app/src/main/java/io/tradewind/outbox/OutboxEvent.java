package io.tradewind.outbox;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A domain event, written in the same transaction as the change it announces and delivered
 * afterwards by the {@link OutboxRelay}: at least once, in order per tenant.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends TenantRecord {

    private String aggregateType;
    private Long aggregateId;
    private String eventType;
    private String payload;
    private Instant occurredAt;
    private Instant publishedAt;
    private int attempts;
    private String lastError;

    protected OutboxEvent() {
    }

    OutboxEvent(String aggregateType, Long aggregateId, String eventType, String payload) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = Clock.now();
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public Long getAggregateId() {
        return aggregateId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}

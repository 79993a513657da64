package io.tradewind.api.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A domain event of the tenant, as delivered to a {@link PipelineListener}.
 *
 * @param id the event id; increases per tenant, so a listener can drop a repeat it has seen
 * @param type the event type, such as {@code lead.created}
 * @param aggregateType what the event is about, such as {@code lead}
 * @param aggregateId the id of that thing, or {@code null}
 * @param payload the event's data as a JSON document
 * @param occurredAt when the change was committed
 */
public record PipelineEvent(long id, String type, String aggregateType, Long aggregateId, String payload,
                            Instant occurredAt) {

    /** Checks the parts. */
    public PipelineEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

package io.tradewind.outbox;

import io.tradewind.persistence.Ids;
import io.tradewind.persistence.JsonText;
import jakarta.json.JsonValue;
import java.time.Instant;

/** A domain event as the API shows it. */
public record EventView(String id, String type, String aggregateType, String aggregateId, JsonValue payload,
                        Instant occurredAt, Instant publishedAt, int attempts) {

    static EventView of(OutboxEvent event) {
        return new EventView(Ids.format(event.getId()), event.getEventType(), event.getAggregateType(),
                Ids.format(event.getAggregateId()), JsonText.parse(event.getPayload()), event.getOccurredAt(),
                event.getPublishedAt(), event.getAttempts());
    }
}

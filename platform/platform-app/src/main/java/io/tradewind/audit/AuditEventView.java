package io.tradewind.audit;

import io.tradewind.persistence.Ids;
import io.tradewind.persistence.JsonText;
import jakarta.json.JsonValue;
import java.time.Instant;

/** An audit event as the API shows it. */
public record AuditEventView(String id, Instant occurredAt, String actorId, String actorName, String action,
                             String entityType, String entityId, JsonValue before, JsonValue after, String requestId) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(Ids.format(event.getId()), event.getOccurredAt(), Ids.format(event.getActorId()),
                event.getActorName(), event.getAction(), event.getEntityType(), Ids.format(event.getEntityId()),
                JsonText.parse(event.getBeforeState()), JsonText.parse(event.getAfterState()), event.getRequestId());
    }
}

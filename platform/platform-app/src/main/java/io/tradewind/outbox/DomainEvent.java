package io.tradewind.outbox;

import java.time.Instant;

/**
 * A domain event as listeners receive it (CDI observers of this type, and later plugins and
 * webhooks), with the tenant already current on the delivering thread.
 *
 * @param payload the event's JSON document
 */
public record DomainEvent(long tenantId, long id, String type, String aggregateType, Long aggregateId,
                          String payload, Instant occurredAt) {
}

package io.tradewind.outbox;

import io.tradewind.persistence.Db;
import io.tradewind.persistence.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Records domain events in the caller's transaction; they are delivered only if it commits. */
@ApplicationScoped
public class Outbox {

    @Inject
    Db db;

    public void publish(String aggregateType, Long aggregateId, String eventType, Object payload) {
        db.em().persist(new OutboxEvent(aggregateType, aggregateId, eventType, JsonText.write(payload)));
    }
}

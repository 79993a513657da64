package io.tradewind.outbox;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers one tenant's pending events, oldest first, in one transaction. */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());
    private static final int BATCH = 200;

    @Inject
    Db db;

    @Inject
    Event<DomainEvent> listeners;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliverPending() {
        long tenant = TenantContext.current().orElseThrow();
        List<OutboxEvent> pending = db.em()
                .createQuery("SELECT e FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.id", OutboxEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (OutboxEvent event : pending) {
            try {
                listeners.fire(new DomainEvent(tenant, event.getId(), event.getEventType(), event.getAggregateType(),
                        event.getAggregateId(), event.getPayload(), event.getOccurredAt()));
                event.published(Clock.now());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Listener failed on event " + event.getId() + "; retrying later", e);
                event.failed(e.toString());
                return;
            }
        }
    }
}

package io.tradewind.api.event;

import io.tradewind.api.PluginContext;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Hears the tenant's domain events after they are committed, in order per tenant. Delivery is at
 * least once (a relay interrupted between delivery and bookkeeping delivers again), so a listener
 * must be idempotent (the {@link PipelineEvent#id()} helps). A listener that throws or times out
 * does not see that event again: the failure is recorded for the tenant admin instead, so that one
 * plugin cannot stall the tenant's other listeners.
 */
public interface PipelineListener extends ExtensionPoint {

    /**
     * The event types this listener wants; empty means all.
     *
     * @return the wanted types, such as {@code lead.created}
     */
    default Set<String> eventTypes() {
        return Set.of();
    }

    /**
     * Handles one event.
     *
     * @param context the tenant's context
     * @param event the event
     */
    void onEvent(PluginContext context, PipelineEvent event);
}

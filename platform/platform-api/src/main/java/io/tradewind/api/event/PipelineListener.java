package io.tradewind.api.event;

import io.tradewind.api.PluginContext;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Hears the tenant's domain events after they are committed: at least once and in order per
 * tenant. A listener that throws or times out sees the event again later; it must therefore be
 * idempotent (the {@link PipelineEvent#id()} helps).
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

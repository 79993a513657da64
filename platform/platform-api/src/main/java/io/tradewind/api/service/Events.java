package io.tradewind.api.service;

import java.util.Map;

/**
 * Publishes a plugin's own domain events into the tenant's outbox. Each publish commits on its
 * own (plugin calls run on the host's worker threads, outside the caller's transaction). The host names them {@code plugin.<pluginId>.<eventType>} so that they
 * never pass for core events.
 */
public interface Events {

    /**
     * Publishes an event.
     *
     * @param eventType the plugin-local type, such as {@code agreement.signed}
     * @param aggregateType what the event is about, such as {@code agreement}
     * @param aggregateId the id of that thing, or {@code null}
     * @param payload the event's data, turned into JSON
     */
    void publish(String eventType, String aggregateType, Long aggregateId, Map<String, Object> payload);
}

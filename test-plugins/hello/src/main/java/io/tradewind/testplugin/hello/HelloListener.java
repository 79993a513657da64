package io.tradewind.testplugin.hello;

import io.tradewind.api.PluginContext;
import io.tradewind.api.event.PipelineEvent;
import io.tradewind.api.event.PipelineListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the event types each tenant delivered, so the REST contribution can show them. */
@org.pf4j.Extension
public class HelloListener implements PipelineListener {

    static final Map<Long, List<String>> SEEN = new ConcurrentHashMap<>();

    @Override
    public void onEvent(PluginContext context, PipelineEvent event) {
        SEEN.computeIfAbsent(context.tenantId(), t -> new CopyOnWriteArrayList<>()).add(event.type());
    }
}

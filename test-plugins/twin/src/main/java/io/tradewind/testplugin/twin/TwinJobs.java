package io.tradewind.testplugin.twin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.service.ScheduledWork;
import java.time.Duration;
import java.util.Map;
import org.pf4j.Extension;

/** A job that notes, once per version, which version of the plugin ran it for the tenant (PluginVersionsIT). */
@Extension
public class TwinJobs implements ScheduledWork {

    static final String TICK = "tick";

    @Override
    public void schedule(PluginContext context) {
        // The host raises this to its minimum interval (a minute in production, a second in the tests).
        context.scheduler().scheduleEvery("tick", Duration.ofSeconds(1), run -> {
            boolean noted = run.customObjects().list(TICK, 0, 500).stream()
                    .anyMatch(tick -> TwinRest.VERSION.equals(tick.values().get("version")));
            if (!noted) {
                run.customObjects().create(TICK, Map.of("version", TwinRest.VERSION));
            }
        });
    }
}

package io.tradewind.testplugin.hello;

import io.tradewind.api.PluginContext;
import io.tradewind.api.service.ScheduledWork;
import java.time.Duration;
import java.util.Map;
import org.pf4j.Extension;

/**
 * When the tenant's settings say {@code ticks}, a job that stores a "tick" custom object every run;
 * when they give a {@code cron} expression, the same job on that schedule.
 */
@Extension
public class HelloJobs implements ScheduledWork {

    static final String TICK = "tick";

    @Override
    public void schedule(PluginContext context) {
        if (context.settings().flag("ticks").orElse(false)) {
            // The host raises this to its minimum interval (a minute in production, a second in the tests).
            context.scheduler().scheduleEvery("tick", Duration.ofSeconds(1),
                    run -> run.customObjects().create(TICK, Map.of("at", run.now().toString())));
        }
        // The same tick on a cron schedule in the tenant's time zone (API 1.2.0).
        context.settings().string("cron").ifPresent(cron -> context.scheduler().scheduleCron("cron-tick", cron,
                run -> run.customObjects().create(TICK, Map.of("at", run.now().toString()))));
    }
}

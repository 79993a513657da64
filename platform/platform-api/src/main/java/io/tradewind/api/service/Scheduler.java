package io.tradewind.api.service;

import io.tradewind.api.PluginContext;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Recurring work for one tenant. Jobs run only while the plugin is enabled for the tenant, under
 * the same timeouts as any other call, and stop when it is disabled. In a cluster each run happens
 * on one replica. Jobs live in memory: register them from {@link ScheduledWork}, which the host
 * calls again after a restart or an upgrade.
 */
public interface Scheduler {

    /**
     * Runs a job every {@code interval}, first after one interval. Scheduling the same name again
     * replaces the earlier job.
     *
     * @param name a name unique within the plugin
     * @param interval time between runs; the host raises shorter ones to its minimum (one minute
     *     unless the operator sets another)
     * @param job the work; receives a fresh context for each run
     * @return a handle to cancel it
     */
    ScheduledJob scheduleEvery(String name, Duration interval, Consumer<PluginContext> job);

    /**
     * Runs a job at the times a cron expression names, in the tenant's time zone (the platform's
     * when the tenant has none). Five fields as in Unix cron ({@code minute hour day-of-month month
     * day-of-week}, e.g. {@code 0 9 * * MON-FRI}), or six with seconds first. Runs closer together
     * than the host's minimum interval are skipped. Scheduling the same name again replaces the
     * earlier job, whichever method scheduled it.
     *
     * @param name a name unique within the plugin
     * @param cron the cron expression
     * @param job the work; receives a fresh context for each run
     * @return a handle to cancel it
     * @throws IllegalArgumentException when the expression is not valid cron
     * @since 1.2.0
     */
    default ScheduledJob scheduleCron(String name, String cron, Consumer<PluginContext> job) {
        throw new UnsupportedOperationException("cron schedules need a host with platform API 1.2.0");
    }

    /** A scheduled job. */
    interface ScheduledJob {

        /** Stops further runs; a run in progress finishes. */
        void cancel();
    }
}

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

    /** A scheduled job. */
    interface ScheduledJob {

        /** Stops further runs; a run in progress finishes. */
        void cancel();
    }
}

package io.tradewind.api.service;

import io.tradewind.api.PluginContext;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Recurring work for one tenant. Jobs run only while the plugin is enabled for the tenant, under
 * the same timeouts as any other call, and stop when it is disabled.
 */
public interface Scheduler {

    /**
     * Runs a job every {@code interval}, first after one interval. Scheduling the same name again
     * replaces the earlier job.
     *
     * @param name a name unique within the plugin
     * @param interval time between runs, at least one minute
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

package io.tradewind.api.service;

import io.tradewind.api.PluginContext;
import org.pf4j.ExtensionPoint;

/**
 * Where a plugin registers its recurring jobs. The host calls {@link #schedule} for a tenant when the
 * tenant enables the plugin and, on every replica, for each tenant that has it enabled when the host
 * starts or loads a new version of the plugin; jobs are registered with {@code
 * context.scheduler()}. Scheduling the same job name again replaces the job, so the call may repeat.
 */
public interface ScheduledWork extends ExtensionPoint {

    /**
     * Registers the plugin's jobs for the context's tenant.
     *
     * @param context the tenant's context, with its settings
     */
    void schedule(PluginContext context);
}

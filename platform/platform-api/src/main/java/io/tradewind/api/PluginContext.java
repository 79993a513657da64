package io.tradewind.api;

import io.tradewind.api.data.CustomObjects;
import io.tradewind.api.data.PluginTables;
import io.tradewind.api.data.Records;
import io.tradewind.api.service.Events;
import io.tradewind.api.service.Mail;
import io.tradewind.api.service.Messages;
import io.tradewind.api.service.Scheduler;
import io.tradewind.api.settings.PluginSettings;
import java.time.Instant;
import java.util.Locale;

/**
 * What the host lends a plugin for one call: the tenant the call runs for, that tenant's settings
 * of the plugin and narrow, tenant-scoped services.
 *
 * <p>The host passes a context into every extension call; a plugin must not keep it beyond the
 * call (a later call may run for another tenant). Everything reached through it is already
 * limited to {@link #tenantId()}: a plugin cannot name another tenant.
 */
public interface PluginContext {

    /**
     * The plugin this context belongs to.
     *
     * @return the plugin id, as in the plugin's descriptor
     */
    String pluginId();

    /**
     * The tenant the current call runs for.
     *
     * @return the tenant id
     */
    long tenantId();

    /**
     * The language of the current call: the caller's for a request, the tenant's default otherwise.
     *
     * @return the locale to answer in
     */
    Locale locale();

    /**
     * The current time as the host sees it (tests may fix it).
     *
     * @return now
     */
    Instant now();

    /**
     * The tenant's settings of this plugin, already validated against its {@link
     * io.tradewind.api.settings.SettingsSchema}.
     *
     * @return the settings
     */
    PluginSettings settings();

    /**
     * Read access to the tenant's core records (leads, customers, opportunities, orders).
     *
     * @return the records service
     */
    Records records();

    /**
     * Read and write access to the custom objects this plugin declared.
     *
     * @return the custom objects service
     */
    CustomObjects customObjects();

    /**
     * Rows of the plugin's own tables (created by its migrations) for this tenant only. Since API 1.1.0.
     *
     * @return the tables service
     * @throws UnsupportedOperationException from hosts older than API 1.1.0
     */
    default PluginTables tables() {
        throw new UnsupportedOperationException("plugin tables need API 1.1.0");
    }

    /**
     * Publishes the plugin's own domain events to the tenant's outbox.
     *
     * @return the events service
     */
    Events events();

    /**
     * The plugin's own translated messages.
     *
     * @return the messages service
     */
    Messages messages();

    /**
     * Schedules recurring work for this tenant.
     *
     * @return the scheduler
     */
    Scheduler scheduler();

    /**
     * Sends mail in the tenant's name.
     *
     * @return the mail service
     */
    Mail mail();
}

package io.tradewind.plugin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.api.data.CustomObjects;
import io.tradewind.api.data.Records;
import io.tradewind.api.service.Events;
import io.tradewind.api.service.Mail;
import io.tradewind.api.service.MailMessage;
import io.tradewind.api.service.Messages;
import io.tradewind.api.service.Scheduler;
import io.tradewind.api.settings.PluginSettings;
import io.tradewind.mail.Mailer;
import io.tradewind.outbox.Outbox;
import io.tradewind.persistence.Clock;
import io.tradewind.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Makes the {@link PluginContext} a call receives, with the services lent to the plugin. */
@ApplicationScoped
public class PluginServices {

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    PluginResources resources;

    @Inject
    PluginObjects objects;

    @Inject
    CoreRecords records;

    @Inject
    io.tradewind.plugin.migration.PluginTableStore tables;

    @Inject
    PluginJobs jobs;

    PluginContext context(HostedPlugin plugin, long tenantId, Locale locale, PluginSettings settings) {
        return new HostContext(plugin, tenantId, locale, settings);
    }

    /**
     * Publishes a plugin's event in a transaction of its own, also when the call runs inline on a
     * caller that has one (ADR 0215): a plugin's failure must not roll back the caller's work.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publish(long tenantId, String pluginId, String eventType, String aggregateType, Long aggregateId,
                        Map<String, Object> payload) {
        TenantContext.runAs(tenantId, () ->
                outbox.publish(aggregateType, aggregateId, "plugin." + pluginId + "." + eventType, payload));
    }

    private final class HostContext implements PluginContext {

        private final HostedPlugin plugin;
        private final long tenantId;
        private final Locale locale;
        private final PluginSettings settings;

        HostContext(HostedPlugin plugin, long tenantId, Locale locale, PluginSettings settings) {
            this.plugin = plugin;
            this.tenantId = tenantId;
            this.locale = locale;
            this.settings = settings;
        }

        @Override
        public String pluginId() {
            return plugin.id();
        }

        @Override
        public long tenantId() {
            return tenantId;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public Instant now() {
            return Clock.now();
        }

        @Override
        public PluginSettings settings() {
            return settings;
        }

        @Override
        public Records records() {
            return (type, id) -> records.find(tenantId, type, id);
        }

        @Override
        public io.tradewind.api.data.PluginTables tables() {
            return tables.forTenant(plugin.id(), tenantId);
        }

        @Override
        public CustomObjects customObjects() {
            String pluginId = plugin.id();
            return new CustomObjects() {
                @Override
                public CustomObjectRecord create(String objectName, Map<String, Object> values) {
                    return objects.create(tenantId, pluginId, objectName, values);
                }

                @Override
                public Optional<CustomObjectRecord> find(String objectName, long id) {
                    return objects.find(tenantId, pluginId, objectName, id);
                }

                @Override
                public List<CustomObjectRecord> list(String objectName, long afterId, int limit) {
                    return objects.list(tenantId, pluginId, objectName, afterId, limit);
                }

                @Override
                public Optional<CustomObjectRecord> update(String objectName, long id, Map<String, Object> values) {
                    return objects.update(tenantId, pluginId, objectName, id, values);
                }

                @Override
                public boolean delete(String objectName, long id) {
                    return objects.delete(tenantId, pluginId, objectName, id);
                }
            };
        }

        @Override
        public Events events() {
            return (eventType, aggregateType, aggregateId, payload) ->
                    publish(tenantId, plugin.id(), eventType, aggregateType, aggregateId, payload);
        }

        @Override
        public Messages messages() {
            return (key, wanted, args) -> resources.message(plugin, "i18n/messages", key, wanted, args);
        }

        @Override
        public Scheduler scheduler() {
            return new Scheduler() {
                @Override
                public ScheduledJob scheduleEvery(String name, Duration interval, Consumer<PluginContext> job) {
                    return jobs.schedule(plugin.id(), tenantId, name, interval, job);
                }

                @Override
                public ScheduledJob scheduleCron(String name, String cron, Consumer<PluginContext> job) {
                    return jobs.scheduleCron(plugin.id(), tenantId, name, cron, job);
                }
            };
        }

        @Override
        public Mail mail() {
            return (MailMessage message) -> message.to().forEach(to ->
                    mailer.sendAfterCommit(new io.tradewind.mail.Mail(to, message.subject(), message.text())));
        }
    }
}

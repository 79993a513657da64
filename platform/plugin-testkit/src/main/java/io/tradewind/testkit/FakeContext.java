package io.tradewind.testkit;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.api.data.CustomObjects;
import io.tradewind.api.data.PluginTables;
import io.tradewind.api.data.Records;
import io.tradewind.api.service.Events;
import io.tradewind.api.service.Mail;
import io.tradewind.api.service.Messages;
import io.tradewind.api.service.Scheduler;
import io.tradewind.api.settings.PluginSettings;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The context of one call for one tenant; every service reaches only that tenant's data. */
final class FakeContext implements PluginContext {

    private final PluginTestkit kit;
    private final PluginTestkit.Tenant tenant;
    private final PluginSettings settings;
    private final Locale locale;

    FakeContext(PluginTestkit kit, PluginTestkit.Tenant tenant, PluginSettings settings, Locale locale) {
        this.kit = kit;
        this.tenant = tenant;
        this.settings = settings;
        this.locale = locale;
    }

    @Override
    public String pluginId() {
        return kit.pluginId;
    }

    @Override
    public long tenantId() {
        return tenant.tenantId;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Instant now() {
        return kit.now;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Records records() {
        return (type, id) -> Optional.ofNullable(kit.records.getOrDefault(tenant.tenantId, Map.of()).get(type + "/" + id));
    }

    @Override
    public PluginTables tables() {
        return new FakeTables(kit.pluginId, kit.rows.computeIfAbsent(tenant.tenantId, t -> new HashMap<>()));
    }

    @Override
    public CustomObjects customObjects() {
        Map<String, Map<Long, Map<String, Object>>> mine = kit.objects.computeIfAbsent(tenant.tenantId, t -> new HashMap<>());
        return new CustomObjects() {
            @Override
            public CustomObjectRecord create(String objectName, Map<String, Object> values) {
                long id = kit.ids.incrementAndGet();
                mine.computeIfAbsent(objectName, n -> new TreeMap<>()).put(id, new LinkedHashMap<>(values));
                return record(objectName, id, values);
            }

            @Override
            public Optional<CustomObjectRecord> find(String objectName, long id) {
                return Optional.ofNullable(mine.getOrDefault(objectName, Map.of()).get(id)).map(v -> record(objectName, id, v));
            }

            @Override
            public List<CustomObjectRecord> list(String objectName, long afterId, int limit) {
                return mine.getOrDefault(objectName, new TreeMap<>()).entrySet().stream().filter(e -> e.getKey() > afterId)
                        .limit(Math.max(1, Math.min(limit, 500))).map(e -> record(objectName, e.getKey(), e.getValue())).toList();
            }

            @Override
            public Optional<CustomObjectRecord> update(String objectName, long id, Map<String, Object> values) {
                Map<String, Object> stored = mine.getOrDefault(objectName, Map.of()).get(id);
                if (stored == null) {
                    return Optional.empty();
                }
                stored.putAll(values);
                return Optional.of(record(objectName, id, stored));
            }

            @Override
            public boolean delete(String objectName, long id) {
                return mine.getOrDefault(objectName, new HashMap<>()).remove(id) != null;
            }
        };
    }

    private CustomObjectRecord record(String objectName, long id, Map<String, Object> values) {
        return new CustomObjectRecord(objectName, id, values, kit.now, kit.now);
    }

    @Override
    public Events events() {
        return (eventType, aggregateType, aggregateId, payload) -> kit.events.add(
                new PluginTestkit.PublishedEvent(tenant.tenantId, eventType, aggregateType, aggregateId, Map.copyOf(payload)));
    }

    /** The plugin's own {@code i18n/messages} bundle, as the host reads it. */
    @Override
    public Messages messages() {
        return (key, wanted, args) -> {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", wanted, Thread.currentThread().getContextClassLoader());
                return new MessageFormat(bundle.getString(key), wanted).format(args);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    @Override
    public Scheduler scheduler() {
        return new Scheduler() {
            @Override
            public ScheduledJob scheduleEvery(String name, Duration interval,
                                              Consumer<PluginContext> job) {
                return keep(name, interval, job);
            }

            /** Kept like any job (its interval is null): {@link PluginTestkit#runJobs()} runs it. */
            @Override
            public ScheduledJob scheduleCron(String name, String cron, Consumer<PluginContext> job) {
                if (cron == null || cron.isBlank()) {
                    throw new IllegalArgumentException("a cron expression is needed");
                }
                return keep(name, null, job);
            }
        };
    }

    private Scheduler.ScheduledJob keep(String name, Duration interval,
                                        Consumer<PluginContext> job) {
        kit.jobs.removeIf(j -> j.tenant().tenantId == tenant.tenantId && j.name().equals(name));
        FakeScheduler.Job scheduled = new FakeScheduler.Job(tenant, name, interval, job);
        kit.jobs.add(scheduled);
        return scheduled::cancel;
    }

    @Override
    public Mail mail() {
        return kit.mails::add;
    }
}

package io.tradewind.channel;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.api.data.CustomObjects;
import io.tradewind.api.data.Records;
import io.tradewind.api.service.Events;
import io.tradewind.api.service.Mail;
import io.tradewind.api.service.Messages;
import io.tradewind.api.service.Scheduler;
import io.tradewind.api.settings.PluginSettings;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A plugin context for unit tests of the plugin's REST and routing code: custom objects in memory,
 * messages from the plugin's own bundles, events recorded. The host's real services are exercised by
 * platform-app's integration tests.
 */
final class InMemoryContext implements PluginContext {

    final Map<String, TreeMap<Long, CustomObjectRecord>> data = new LinkedHashMap<>();
    final List<String> events = new ArrayList<>();
    PluginSettings settings = PluginSettings.EMPTY;
    Locale locale = Locale.ENGLISH;
    private long next = 1000;

    @Override
    public String pluginId() {
        return "channel-management";
    }

    @Override
    public long tenantId() {
        return 1;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Instant now() {
        return Instant.parse("2026-11-29T00:00:00Z");
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Records records() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CustomObjects customObjects() {
        return new CustomObjects() {
            @Override
            public CustomObjectRecord create(String objectName, Map<String, Object> values) {
                long id = next++;
                CustomObjectRecord record = new CustomObjectRecord(objectName, id, noNulls(values), now(), now());
                table(objectName).put(id, record);
                return record;
            }

            @Override
            public Optional<CustomObjectRecord> find(String objectName, long id) {
                return Optional.ofNullable(table(objectName).get(id));
            }

            @Override
            public List<CustomObjectRecord> list(String objectName, long afterId, int limit) {
                return table(objectName).tailMap(afterId, false).values().stream().limit(limit).toList();
            }

            @Override
            public Optional<CustomObjectRecord> update(String objectName, long id, Map<String, Object> values) {
                return find(objectName, id).map(old -> {
                    CustomObjectRecord record = new CustomObjectRecord(objectName, id, noNulls(values), old.createdAt(), now());
                    table(objectName).put(id, record);
                    return record;
                });
            }

            @Override
            public boolean delete(String objectName, long id) {
                return table(objectName).remove(id) != null;
            }
        };
    }

    private TreeMap<Long, CustomObjectRecord> table(String name) {
        return data.computeIfAbsent(name, k -> new TreeMap<>());
    }

    private static Map<String, Object> noNulls(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    @Override
    public Events events() {
        return (type, aggregateType, aggregateId, payload) -> events.add(type + " " + payload);
    }

    @Override
    public Messages messages() {
        return (key, wanted, args) -> {
            String bundle = wanted.getLanguage().equals("zh") ? "/i18n/messages_zh_CN.properties" : "/i18n/messages.properties";
            Properties properties = new Properties();
            try (InputStream in = InMemoryContext.class.getResourceAsStream(bundle)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            String pattern = properties.getProperty(key);
            if (pattern == null) {
                throw new IllegalArgumentException("no message " + key);
            }
            return new MessageFormat(pattern, wanted).format(args);
        };
    }

    @Override
    public Scheduler scheduler() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Mail mail() {
        throw new UnsupportedOperationException();
    }
}

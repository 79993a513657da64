package io.tradewind.plugin;

import io.tradewind.api.settings.SettingsSchema;
import java.util.List;
import java.util.Map;

/**
 * A plugin package the host knows, with its extensions found once at start (so a call looks them
 * up in a map, not through PF4J).
 *
 * @param compatible whether its {@code Plugin-Requires} range admits this host's SPI version
 * @param started whether PF4J started it (only compatible, valid plugins start)
 */
record HostedPlugin(String id, String version, String description, String vendor, String requires,
                    boolean compatible, boolean started, ClassLoader classLoader,
                    Map<Class<?>, List<Object>> extensions, SettingsSchema settingsSchema) {

    @SuppressWarnings("unchecked")
    <T> List<T> extensions(Class<T> point) {
        return (List<T>) extensions.getOrDefault(point, List.of());
    }
}

package io.tradewind.plugin;

import io.tradewind.persistence.Ids;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plugin as a tenant admin sees it: the package the host runs and this tenant's installation.
 *
 * @param compatible whether the package's required API range admits this host
 * @param settings this tenant's settings (empty object when never enabled)
 * @param settingsSchema the plugin's JSON Schema of its settings (null without settings), for the console's form
 * @param settingsDefaults the settings a tenant gets when it gives none (empty object without settings)
 * @param version the version that serves this tenant: the one it chose, or the newest before it chose one
 * @param installedVersion the version the tenant's installation names (null before it enabled the plugin)
 * @param latestVersion the newest version this server offers: what enabling gets a new tenant, and what upgrading moves to
 * @param upgradeAvailable whether the tenant's installation is older than {@code latestVersion}
 */
@Schema(name = "Plugin")
public record PluginView(String id, String name, String version, String vendor, String requires, boolean compatible,
                         boolean enabled, boolean suspended, int consecutiveFailures, Instant lastFailureAt,
                         String installedVersion, String installationId, boolean hasSettings, JsonValue settings,
                         JsonValue settingsSchema, JsonValue settingsDefaults, String latestVersion,
                         boolean upgradeAvailable) {

    static PluginView of(HostedPlugin plugin, PluginInstallation installation, JsonValue settingsSchema, String latestVersion) {
        return new PluginView(plugin.id(), plugin.description(), plugin.version(), plugin.vendor(), plugin.requires(),
                plugin.compatible() && plugin.started(),
                installation != null && installation.isEnabled(),
                installation != null && installation.isSuspended(),
                installation == null ? 0 : installation.getConsecutiveFailures(),
                installation == null ? null : installation.getLastFailureAt(),
                installation == null ? null : installation.getPluginVersion(),
                installation == null ? null : Ids.format(installation.getId()),
                plugin.settingsSchema() != null,
                installation == null ? JsonValue.EMPTY_JSON_OBJECT
                        : io.tradewind.persistence.JsonText.parse(installation.getSettings()),
                settingsSchema,
                plugin.settingsSchema() == null ? JsonValue.EMPTY_JSON_OBJECT
                        : io.tradewind.persistence.JsonText.parse(plugin.settingsSchema().defaults()),
                latestVersion,
                installation != null && PluginVersions.newer(latestVersion, installation.getPluginVersion()));
    }
}

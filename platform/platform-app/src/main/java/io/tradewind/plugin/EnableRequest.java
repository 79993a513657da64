package io.tradewind.plugin;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Turns a plugin on for the tenant.
 *
 * @param settings the settings, validated against the plugin's JSON Schema; its defaults when absent
 * @param version the version wanted (a newer one than installed upgrades, an older one is refused); when absent the
 *                version the tenant chose before, or the newest for a first enabling
 */
@Schema(name = "PluginEnableRequest")
public record EnableRequest(
        @Schema(description = "Settings, checked against the plugin's JSON Schema", examples = "{\"greeting\":\"Hello\"}")
        JsonObject settings,
        @Schema(examples = "1.0.0") String version) {
}

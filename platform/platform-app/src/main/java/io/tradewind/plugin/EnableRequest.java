package io.tradewind.plugin;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Turns a plugin on for the tenant.
 *
 * @param settings the settings, validated against the plugin's JSON Schema; its defaults when absent
 * @param version the version wanted; the host's version when absent (the only one it runs)
 */
@Schema(name = "PluginEnableRequest")
public record EnableRequest(
        @Schema(description = "Settings, checked against the plugin's JSON Schema", examples = "{\"greeting\":\"Hello\"}")
        JsonObject settings,
        @Schema(examples = "1.0.0") String version) {
}

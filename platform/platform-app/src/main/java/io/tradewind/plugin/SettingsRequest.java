package io.tradewind.plugin;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * New settings for an installed plugin.
 *
 * @param settings the whole settings object, validated against the plugin's JSON Schema
 */
@Schema(name = "PluginSettingsRequest")
public record SettingsRequest(
        @NotNull @Schema(required = true, examples = "{\"greeting\":\"Hello\"}") JsonObject settings) {
}

package io.tradewind.plugin;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Moves the tenant to a newer version of a plugin.
 *
 * @param version the version wanted; the newest the server offers when absent
 * @param settings new settings, validated against the new version's JSON Schema; the current ones when absent
 */
@Schema(name = "PluginUpgradeRequest")
public record UpgradeRequest(
        @Schema(examples = "2.0.0") String version,
        @Schema(description = "Settings, checked against the new version's JSON Schema") JsonObject settings) {
}

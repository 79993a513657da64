package io.tradewind.plugin;

import io.tradewind.api.data.CustomObjectRecord;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the tenant keeps about a plugin, offered before uninstalling: its installation with
 * settings, its failure log and its custom objects' records. (Plugin tables join this when the host
 * runs plugin migrations; see ADR 0202.)
 */
@Schema(name = "PluginExport")
public record PluginExport(String pluginId, String version, boolean enabled, JsonValue settings,
                           List<PluginFailureView> failures, List<CustomObjectRecord> objects, Instant exportedAt) {
}

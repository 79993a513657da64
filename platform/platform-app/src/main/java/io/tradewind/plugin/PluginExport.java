package io.tradewind.plugin;

import io.tradewind.api.data.CustomObjectRecord;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the tenant keeps about a plugin, offered before uninstalling: its installation with
 * settings, its failure log, its custom objects' records and the tenant's rows of the plugin's own
 * tables, by table (ADR 0203), and the custom fields it declared with every record's value (ADR 0208).
 */
@Schema(name = "PluginExport")
public record PluginExport(String pluginId, String version, boolean enabled, JsonValue settings,
                           List<PluginFailureView> failures, List<CustomObjectRecord> objects, Instant exportedAt,
                           Map<String, List<Map<String, Object>>> tables,
                           List<io.tradewind.customfield.OwnedFieldExport> customFields) {
}

package io.tradewind.plugin;

import io.tradewind.persistence.Ids;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A failed call into a plugin, for the tenant admin. */
@Schema(name = "PluginFailure")
public record PluginFailureView(String id, String pluginId, String extensionPoint, String kind, String detail,
                                Instant occurredAt) {

    static PluginFailureView of(PluginFailure failure) {
        return new PluginFailureView(Ids.format(failure.getId()), failure.getPluginId(), failure.getExtensionPoint(),
                failure.getKind().name(), failure.getDetail(), failure.getOccurredAt());
    }
}

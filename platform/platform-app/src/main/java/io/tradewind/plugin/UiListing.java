package io.tradewind.plugin;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the console mounts for the caller: each enabled plugin's UI modules and translations.
 *
 * @param moduleUrl the module's path under {@code /api/v1} (fetch it with the token, then import it)
 */
@Schema(name = "PluginUiModule")
public record UiListing(String pluginId, String pluginVersion, String key, String slot, String title,
                        String moduleUrl, Map<String, String> translations) {

    /** The listing as the API answers it. */
    public record Items(List<UiListing> items) {
    }
}

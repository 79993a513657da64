package io.tradewind.plugin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One plugin version loaded on the server that answers (ADR 0221).
 *
 * @param newest whether it is the plugin's newest version, the one new tenants get
 * @param started whether it runs (a version whose migrations were refused or that needs another API does not)
 */
@Schema(name = "LoadedPluginVersion")
public record LoadedVersionView(String id, String version, boolean newest, boolean started) {

    /** The list, in plugin id and version order. */
    @Schema(name = "LoadedPluginVersions")
    public record Items(java.util.List<LoadedVersionView> items) {
    }
}

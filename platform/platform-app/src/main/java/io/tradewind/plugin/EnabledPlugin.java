package io.tradewind.plugin;

import io.tradewind.api.settings.PluginSettings;

/** A plugin one tenant enabled and that is not suspended, with that tenant's settings. */
record EnabledPlugin(HostedPlugin plugin, PluginSettings settings) {
}

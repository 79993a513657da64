package io.tradewind.plugin.migration;

/** A plugin's migrations broke the rules or failed: the host does not start the plugin. */
public class PluginSchemaException extends RuntimeException {

    public PluginSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}

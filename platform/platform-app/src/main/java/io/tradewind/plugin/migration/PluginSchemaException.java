package io.tradewind.plugin.migration;

/** A plugin's migrations broke the rules or failed: the host does not start the plugin. */
public class PluginSchemaException extends RuntimeException {

    private final String reason;

    public PluginSchemaException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why, without the plugin's name: what the tenant admin is shown. */
    public String reason() {
        return reason;
    }
}

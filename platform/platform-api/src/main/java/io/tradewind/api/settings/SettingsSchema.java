package io.tradewind.api.settings;

import org.pf4j.ExtensionPoint;

/**
 * Declares the settings a tenant gives the plugin when enabling it. The host validates every
 * save against the schema and refuses invalid settings with a problem that names the field; the
 * plugin only ever sees valid settings.
 *
 * <p>A plugin has at most one; without one, a plugin takes no settings (an empty object).
 *
 * <p>The console generates the tenant admin's form from the schema. A property's label and help
 * text are its {@code title} and {@code description}; when the schema leaves them out, the host
 * takes {@code settings.<property>} and {@code settings.<property>.description} from the plugin's
 * {@code i18n/messages*.properties} in the admin's language.
 */
public interface SettingsSchema extends ExtensionPoint {

    /**
     * The JSON Schema (draft 2020-12) of the settings object.
     *
     * @return the schema document as JSON text
     */
    String jsonSchema();

    /**
     * The settings used when a tenant enables the plugin without giving any.
     *
     * @return a JSON object, valid against {@link #jsonSchema()}
     */
    default String defaults() {
        return "{}";
    }
}

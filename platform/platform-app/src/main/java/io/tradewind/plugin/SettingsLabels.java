package io.tradewind.plugin;

import io.tradewind.i18n.RequestLocale;
import io.tradewind.persistence.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A plugin's settings schema as the console's form shows it: each property without its own
 * {@code title} or {@code description} gets them in the reader's language from the plugin's
 * messages ({@code settings.<property>} and {@code settings.<property>.description}).
 */
@ApplicationScoped
class SettingsLabels {

    @Inject
    PluginResources resources;

    JsonValue schema(HostedPlugin plugin) {
        if (plugin.settingsSchema() == null) {
            return null;
        }
        JsonObject schema = JsonText.parse(plugin.settingsSchema().jsonSchema()).asJsonObject();
        if (!(schema.get("properties") instanceof JsonObject properties)) {
            return schema;
        }
        Map<String, String> messages = resources.bundle(plugin, "i18n/messages", RequestLocale.current());
        JsonObjectBuilder labelled = Json.createObjectBuilder();
        properties.forEach((name, property) -> labelled.add(name, property instanceof JsonObject object
                ? label(object, messages.get("settings." + name), messages.get("settings." + name + ".description"))
                : property));
        return Json.createObjectBuilder(schema).add("properties", labelled).build();
    }

    private static JsonObject label(JsonObject property, String title, String description) {
        JsonObjectBuilder builder = Json.createObjectBuilder(property);
        if (title != null && !property.containsKey("title")) {
            builder.add("title", title);
        }
        if (description != null && !property.containsKey("description")) {
            builder.add("description", description);
        }
        return builder.build();
    }
}

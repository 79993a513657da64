package io.tradewind.plugin;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tradewind.web.FieldError;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a tenant's settings against the plugin's JSON Schema (draft 2020-12). */
@ApplicationScoped
public class SettingsValidator {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The settings to store: valid ones, or the plugin's defaults when none are given. */
    String validated(HostedPlugin plugin, String settingsJson) {
        if (plugin.settingsSchema() == null) {
            if (settingsJson != null && !settingsJson.equals("{}")) {
                throw Problems.invalid("settings", "validation.plugin.takes-no-settings");
            }
            return "{}";
        }
        String json = settingsJson == null ? plugin.settingsSchema().defaults() : settingsJson;
        Schema schema = schemas.computeIfAbsent(plugin.id() + ":" + plugin.version(),
                k -> registry.getSchema(plugin.settingsSchema().jsonSchema(), InputFormat.JSON));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors.stream().map(SettingsValidator::fieldError).toList());
        }
        return json;
    }

    private static FieldError fieldError(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String field = "settings" + location.replaceFirst("^\\$", "").replace('/', '.');
        if (error.getProperty() != null && "required".equals(error.getKeyword())) {
            field = field + "." + error.getProperty();
        }
        return new FieldError(field.replace("..", "."), io.tradewind.i18n.Messages.get("validation.plugin.setting",
                error.getMessage()));
    }
}

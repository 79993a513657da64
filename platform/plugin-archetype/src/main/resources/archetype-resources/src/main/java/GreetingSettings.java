package ${package};

import io.tradewind.api.settings.SettingsSchema;
import org.pf4j.Extension;

/**
 * The settings a tenant admin fills in when enabling the plugin: validated by the host against this
 * JSON Schema; the console builds the form from it, labelled by {@code settings.*} in i18n/messages.
 */
@Extension
public class GreetingSettings implements SettingsSchema {

    @Override
    public String jsonSchema() {
        return """
                {"type":"object",
                 "properties":{"greeting":{"type":"string","minLength":1,"maxLength":60},
                               "bonus":{"type":"integer","minimum":0,"maximum":50}},
                 "required":["greeting"],"additionalProperties":false}""";
    }

    @Override
    public String defaults() {
        return "{\"greeting\":\"Hello\",\"bonus\":10}";
    }
}

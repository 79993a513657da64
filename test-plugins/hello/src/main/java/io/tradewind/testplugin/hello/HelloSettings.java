package io.tradewind.testplugin.hello;

import io.tradewind.api.settings.SettingsSchema;
import org.pf4j.Extension;

/** Settings: a greeting (required), a score to give every lead, whether to run the tick job, and a cron
 * schedule for ticks. */
@Extension
public class HelloSettings implements SettingsSchema {

    @Override
    public String jsonSchema() {
        return """
                {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
                 "properties":{"greeting":{"type":"string","minLength":1,"maxLength":40},
                               "score":{"type":"integer","minimum":0,"maximum":100},
                               "ticks":{"type":"boolean"},
                               "cron":{"type":"string","maxLength":60}},
                 "required":["greeting"],"additionalProperties":false}""";
    }

    @Override
    public String defaults() {
        return "{\"greeting\":\"Hello\",\"score\":42}";
    }
}

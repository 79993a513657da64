package io.tradewind.channel;

import io.tradewind.api.settings.PluginSettings;
import io.tradewind.api.settings.SettingsSchema;
import java.math.BigDecimal;
import java.util.List;
import org.pf4j.Extension;

/**
 * The tenant's channel rules, edited as plugin settings: what the direct team keeps, who receives
 * it, the price gap tolerated between two registrations, and how duplicate registrations resolve.
 */
@Extension
public class ChannelSettings implements SettingsSchema {

    static final String MANAGER = "manager";
    static final String FIRST_REGISTERED = "first-registered";

    @Override
    public String jsonSchema() {
        return """
                {"type":"object","additionalProperties":false,"properties":{
                 "directRegions":{"type":"array","items":{"type":"string"}},
                 "directProductLines":{"type":"array","items":{"type":"string"}},
                 "directOwnerUserId":{"type":["integer","null"]},
                 "directDepartmentId":{"type":["integer","null"]},
                 "priceTolerancePercent":{"type":"number","minimum":0,"maximum":100},
                 "conflictRule":{"type":"string","enum":["manager","first-registered"]}}}""";
    }

    @Override
    public String defaults() {
        return "{\"directRegions\":[],\"directProductLines\":[],\"priceTolerancePercent\":5,\"conflictRule\":\"manager\"}";
    }

    static RoutingRules rules(PluginSettings settings) {
        return new RoutingRules(list(settings, "directRegions"), list(settings, "directProductLines"),
                settings.number("directOwnerUserId").map(BigDecimal::longValue).orElse(null),
                settings.number("directDepartmentId").map(BigDecimal::longValue).orElse(null));
    }

    static BigDecimal priceTolerance(PluginSettings settings) {
        return settings.number("priceTolerancePercent").orElse(BigDecimal.valueOf(5));
    }

    static String conflictRule(PluginSettings settings) {
        return settings.string("conflictRule").orElse(MANAGER);
    }

    private static List<String> list(PluginSettings settings, String name) {
        Object value = settings.values().get(name);
        return value == null ? List.of() : Values.strings(value);
    }
}

package ${package};

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import org.pf4j.Extension;

/**
 * The REST contribution, served by the host under {@code /api/v1/plugins/<pluginId>/} with the core's
 * authentication, tenancy and problem rules; only for tenants that enabled the plugin.
 */
@Extension
public class GreetingRest implements RestContribution {

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        if (request.method().equals("GET") && request.path().equals("/greeting")) {
            String greeting = context.settings().string("greeting").orElse("");
            String message = context.messages().get("greeting.message", context.locale(), greeting);
            return RestResponse.ok("{\"greeting\":" + quote(greeting) + ",\"message\":" + quote(message)
                    + ",\"tenantId\":\"" + context.tenantId() + "\"}");
        }
        return RestResponse.problem(404, "no-such-route", "No route " + request.method() + " " + request.path());
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}

package io.tradewind.testplugin.twin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** Says which version answers, and keeps items in the plugin's own table (PluginVersionsIT). */
@Extension
public class TwinRest implements RestContribution {

    static final String VERSION = "1";
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        String route = request.method() + " " + request.path();
        switch (route) {
            case "GET /version":
                return RestResponse.ok("{\"version\":\"" + VERSION + "\"}");
            case "GET /ticks":
                return RestResponse.ok(context.customObjects().list(TwinJobs.TICK, 0, 500).stream()
                        .map(tick -> "\"" + tick.values().get("version") + "\"").distinct().sorted()
                        .collect(Collectors.joining(",", "{\"versions\":[", "]}")));
            case "POST /items":
                context.tables().insert("p_twin_test_item", Map.of("id", IDS.incrementAndGet(), "label", request.param("label").orElse("item")));
                return RestResponse.created("{}");
            case "GET /items":
                return RestResponse.ok(context.tables().select("p_twin_test_item", Map.of(), "id", 500).stream()
                        .map(row -> row.entrySet().stream()
                                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number || e.getValue() == null
                                        ? String.valueOf(e.getValue()) : "\"" + e.getValue() + "\""))
                                .collect(Collectors.joining(",", "{", "}")))
                        .collect(Collectors.joining(",", "[", "]")));
            default:
                return RestResponse.problem(404, "no-such-route", "No route " + route);
        }
    }
}

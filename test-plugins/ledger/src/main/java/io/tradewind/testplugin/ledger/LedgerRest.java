package io.tradewind.testplugin.ledger;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.PluginTables;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Entries in the plugin's own table, plus attempts to reach other tenants' rows that the host must
 * refuse (PluginsIT).
 */
@Extension
public class LedgerRest implements RestContribution {

    static final String TABLE = "p_ledger_test_entry";
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        PluginTables tables = context.tables();
        String route = request.method() + " " + request.path();
        try {
            switch (route) {
                case "POST /entries": {
                    String label = request.param("label").orElse("entry");
                    tables.insert(TABLE, Map.of("id", IDS.incrementAndGet(), "label", label));
                    return RestResponse.created("{}");
                }
                case "GET /entries":
                    return RestResponse.ok(json(tables.select(TABLE, Map.of(), "id", 500)));
                case "GET /by-label":
                    // The label is a bound value: a quote-and-OR text matches nothing, it is not SQL.
                    return RestResponse.ok(json(tables.select(TABLE, Map.of("label", request.param("label").orElse("")),
                            null, 500)));
                case "GET /steal/tenant-column":
                    return RestResponse.ok(json(tables.select(TABLE,
                            Map.of("tenant_id", Long.parseLong(request.param("tenant").orElse("0"))), null, 500)));
                case "GET /steal/crafted-column":
                    return RestResponse.ok(json(tables.select(TABLE, Map.of("label = label OR 1", 1), null, 500)));
                case "GET /steal/crafted-order":
                    return RestResponse.ok(json(tables.select(TABLE, Map.of(), "id; DELETE FROM lead", 500)));
                case "GET /steal/core-table":
                    return RestResponse.ok(json(tables.select("lead", Map.of(), null, 500)));
                default:
                    return RestResponse.problem(404, "no-such-route", "No route " + route);
            }
        } catch (IllegalArgumentException e) {
            return RestResponse.problem(403, "refused", e.getMessage());
        }
    }

    private static String json(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number || e.getValue() == null
                                ? String.valueOf(e.getValue()) : "\"" + e.getValue().toString().replace("\"", "'") + "\""))
                        .collect(Collectors.joining(",", "{", "}")))
                .collect(Collectors.joining(",", "[", "]"));
    }
}

package io.tradewind.testplugin.hello;

import io.tradewind.api.PluginContext;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** A small REST contribution, plus probes of what the plugin's classloader can reach. */
@Extension
public class HelloRest implements RestContribution {

    @Override
    public RestResponse handle(PluginContext context, RestRequest request) {
        String route = request.method() + " " + request.path();
        switch (route) {
            case "GET /greeting":
                return RestResponse.ok("{\"greeting\":\"" + context.settings().string("greeting").orElse("")
                        + "\",\"tenantId\":\"" + context.tenantId() + "\",\"userId\":\"" + request.caller().userId()
                        + "\",\"message\":\"" + context.messages().get("hello.title", context.locale()) + "\"}");
            case "POST /echo":
                return RestResponse.created(request.body().isBlank() ? "{}" : request.body());
            case "GET /events":
                List<String> seen = HelloListener.SEEN.getOrDefault(context.tenantId(), List.of());
                return RestResponse.ok(seen.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "[", "]")));
            case "GET /classloading":
                return RestResponse.ok("{" + visible("api", "io.tradewind.api.ApiVersion") + ","
                        + visible("hostDb", "io.tradewind.persistence.Db") + ","
                        + visible("hostTenantContext", "io.tradewind.tenancy.TenantContext") + ","
                        + visible("flyway", "org.flywaydb.core.Flyway") + "}");
            case "GET /ticks":
                return RestResponse.ok("{\"ticks\":" + context.customObjects().list(HelloJobs.TICK, 0, 500).size() + "}");
            default:
                if (request.method().equals("GET") && request.path().startsWith("/records/")) {
                    return record(context, request.path().substring("/records/".length()));
                }
                return RestResponse.problem(404, "no-such-route", "No route " + route);
        }
    }

    /** {@code /records/<type>/<id>}: a core record through {@code context.records()}. */
    private static RestResponse record(PluginContext context, String rest) {
        String[] parts = rest.split("/");
        long id;
        try {
            id = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
            return RestResponse.problem(404, "no-such-record", "Not a record id");
        }
        return context.records().find(parts[0], id)
                .map(r -> RestResponse.ok("{\"type\":\"" + r.type() + "\",\"id\":\"" + r.id() + "\",\"name\":\""
                        + r.fields().getOrDefault("name", "") + "\",\"fields\":" + r.fields().size() + "}"))
                .orElseGet(() -> RestResponse.problem(404, "no-such-record", "No " + parts[0] + " " + id));
    }

    private static String visible(String name, String className) {
        boolean found;
        try {
            Class.forName(className, false, HelloRest.class.getClassLoader());
            found = true;
        } catch (ClassNotFoundException | LinkageError e) {
            found = false;
        }
        return "\"" + name + "\":" + found;
    }

}

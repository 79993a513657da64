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
            default:
                return RestResponse.problem(404, "no-such-route", "No route " + route);
        }
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

package io.tradewind.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The channel-management plugin (plugins/channel-management) loaded by the real host: enablement per
 * tenant, its settings schema, its UI page, its permissions. The partner/routing/conflict flow
 * itself needs the host to lend custom objects to plugins, which it does not yet (see the plugin's
 * README); that flow is covered by the plugin's own tests over the SPI until then.
 */
class ChannelManagementIT {

    private static final String BASE = "/plugins/channel-management";

    @Test
    void enabledForOneTenantOnlyWithItsRulesAndPage() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();

        // The settings schema is the plugin's: an unknown conflict rule is refused, the defaults fill in.
        a.admin().body(Map.of("settings", Map.of("conflictRule", "coin-toss"))).post(BASE + "/enable")
                .then().statusCode(400).contentType("application/problem+json");
        a.admin().body(Map.of("settings", Map.of("directRegions", List.of("Shanghai"), "priceTolerancePercent", 3)))
                .post(BASE + "/enable").then().statusCode(200).body("enabled", equalTo(true))
                .body("settings.directRegions", equalTo(List.of("Shanghai")))
                .body("settings.priceTolerancePercent", equalTo(3));

        // Tenant B has not enabled it: its routes do not exist there.
        b.admin().get(BASE + "/partners").then().statusCode(404).contentType("application/problem+json");
        b.admin().body(Map.of("name", "East Med", "type", "distributor")).post(BASE + "/partners")
                .then().statusCode(404);
        Api.anonymous().get(BASE + "/partners").then().statusCode(401);

        // Changing channel data needs channel.manage; the plugin refuses a sales rep in the caller's language.
        Api.Member rep = a.member("sales-rep", null);
        rep.as().body(Map.of("name", "East Med", "type", "distributor", "regions", List.of("Zhejiang"),
                        "productLines", List.of("imaging"))).post(BASE + "/partners")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("channel-management/forbidden"));
        rep.as().header("Accept-Language", "zh-CN").body(Map.of()).post(BASE + "/criteria")
                .then().statusCode(403).body("detail", containsString("channel.manage"));
        // A route the plugin does not have is the plugin's own 404.
        a.admin().get(BASE + "/nowhere").then().statusCode(404).body("code", equalTo("channel-management/not-found"));

        // Its console page: listed and served for A only, in both languages.
        Response ui = a.admin().get("/plugins/ui");
        ui.then().statusCode(200).body("items.pluginId", hasItem("channel-management"))
                .body("items.find { it.pluginId == 'channel-management' }.translations.'tab.conflicts'", equalTo("Conflicts"));
        String moduleUrl = ui.path("items.find { it.pluginId == 'channel-management' }.moduleUrl");
        a.admin().get(moduleUrl.substring("/api/v1".length())).then().statusCode(200)
                .contentType(containsString("text/javascript")).body(containsString("export default function mount"));
        a.admin().header("Accept-Language", "zh-CN").get("/plugins/ui").then()
                .body("items.find { it.pluginId == 'channel-management' }.title", equalTo("渠道管理"))
                .body("items.find { it.pluginId == 'channel-management' }.translations.'tab.conflicts'", equalTo("渠道冲突"));
        b.admin().get("/plugins/ui").then().statusCode(200).body("items.pluginId", not(hasItem("channel-management")));
        b.admin().get(moduleUrl.substring("/api/v1".length())).then().statusCode(404);
    }
}

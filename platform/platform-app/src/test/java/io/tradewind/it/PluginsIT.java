package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin host through the running server, with real plugin packages built by this build
 * (test-plugins/): hello-test behaves, faulty-test throws and hangs, future-test needs API 2.
 */
class PluginsIT {

    /** On a loaded machine the server can report "started" before the application has. */
    @org.junit.jupiter.api.BeforeAll
    static void applicationIsReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline
                && io.restassured.RestAssured.given().baseUri(Api.BASE_URL).get("/health/ready").statusCode() != 200) {
            Thread.sleep(1000);
        }
    }

    private static Map<String, Object> plugin(Api.TestTenant tenant, String id) {
        List<Map<String, Object>> items = tenant.admin().get("/plugins").then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void aPluginEnabledForOneTenantIsInvisibleToAnother() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        a.admin().body(Map.of("settings", Map.of("greeting", "Hi A", "score", 77))).post("/plugins/hello-test/enable")
                .then().statusCode(200).body("enabled", equalTo(true)).body("settings.greeting", equalTo("Hi A"));

        assertThat(plugin(a, "hello-test")).containsEntry("enabled", true).containsEntry("vendor", "Tradewind tests")
                .containsEntry("version", "1.0.0").containsEntry("compatible", true);
        assertThat(plugin(b, "hello-test")).containsEntry("enabled", false);

        a.admin().get("/plugins/hello-test/greeting").then().statusCode(200).body("greeting", equalTo("Hi A"));
        b.admin().get("/plugins/hello-test/greeting").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://tradewind.io/problems/not-found"));
        Api.anonymous().get("/plugins/hello-test/greeting").then().statusCode(401);

        // The plugin's own problems come back as problem+json with its code.
        a.admin().get("/plugins/hello-test/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("hello-test/no-such-route"));

        // Extension calls reach only the enabling tenant's plugins, with that tenant's settings.
        Map<String, Object> lead = Map.of("source", "web-form", "company", "Acme");
        a.admin().body(lead).post("/plugins/-/preview/lead-score").then().statusCode(200)
                .body("score", equalTo(77)).body("reason", equalTo("Hi A"));
        b.admin().body(lead).post("/plugins/-/preview/lead-score").then().statusCode(204);

        // UI contributions: listed and served for A only.
        Response ui = a.admin().get("/plugins/ui");
        ui.then().statusCode(200).body("items.pluginId", hasItem("hello-test"))
                .body("items[0].translations.'greeting.title'", equalTo("Greeting"));
        String moduleUrl = ui.path("items.find { it.pluginId == 'hello-test' }.moduleUrl");
        a.admin().get(moduleUrl.substring("/api/v1".length())).then().statusCode(200)
                .contentType(containsString("text/javascript")).body(containsString("export default function mount"));
        b.admin().get("/plugins/ui").then().statusCode(200).body("items.pluginId", not(hasItem("hello-test")));
        b.admin().get(moduleUrl.substring("/api/v1".length())).then().statusCode(404);
        a.admin().header("Accept-Language", "zh-CN").get("/plugins/ui").then()
                .body("items.find { it.pluginId == 'hello-test' }.title", equalTo("问候"));
        a.admin().header("Accept-Language", "zh-CN").get("/plugins/hello-test/greeting").then()
                .body("message", equalTo("来自插件的问候"));
    }

    @Test
    void pluginRequestsFollowTheCoreRules() {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200)
                .body("settings.greeting", equalTo("Hello"));
        Api.Member rep = a.member("sales-rep", null);
        // The plugin sees the caller: API ids are TSID strings, the plugin gets the number behind them.
        rep.as().get("/plugins/hello-test/greeting").then().statusCode(200)
                .body("userId", equalTo(String.valueOf(com.github.f4b6a3.tsid.Tsid.from(rep.id()).toLong())));
        rep.as().body(Map.of()).post("/plugins/hello-test/disable").then().statusCode(403);
        rep.as().get("/plugins").then().statusCode(403);

        a.admin().contentType("application/json").body("{\"x\":1}").post("/plugins/hello-test/echo")
                .then().statusCode(201).body("x", equalTo(1));
        a.admin().queryParam("action", "plugin.request").get("/audit-events").then().statusCode(200)
                .body("items.action", hasItem("plugin.request"));
        a.admin().queryParam("action", "plugin.enabled").get("/audit-events").then().statusCode(200)
                .body("items.action", hasItem("plugin.enabled"));
    }

    @Test
    void pluginClassesCannotSeeHostInternals() {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        a.admin().get("/plugins/hello-test/classloading").then().statusCode(200)
                .body("api", equalTo(true))
                .body("hostDb", equalTo(false))
                .body("hostTenantContext", equalTo(false))
                .body("flyway", equalTo(false));
    }

    @Test
    void settingsAreValidatedAgainstThePluginsSchema() {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of("settings", Map.of("greeting", 5))).post("/plugins/hello-test/enable").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("settings.greeting"));
        a.admin().body(Map.of("settings", Map.of("greeting", "x", "score", 500))).post("/plugins/hello-test/enable")
                .then().statusCode(400).body("errors.field", hasItem("settings.score"));
        a.admin().body(Map.of("settings", Map.of("score", 5))).post("/plugins/hello-test/enable").then()
                .statusCode(400).body("errors.field", hasItem("settings.greeting"));
        a.admin().body(Map.of("settings", Map.of("greeting", "x", "unknown", true))).post("/plugins/hello-test/enable")
                .then().statusCode(400);
        assertThat(plugin(a, "hello-test")).containsEntry("enabled", false);

        String enabledTag = a.admin().body(Map.of("settings", Map.of("greeting", "Hey"))).post("/plugins/hello-test/enable")
                .then().statusCode(200).extract().header("ETag");
        assertThat(enabledTag).isNotBlank();
        String etag = a.admin().get("/plugins/hello-test").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo(enabledTag);
        a.admin().header("If-Match", etag).body(Map.of("settings", Map.of("greeting", ""))).put("/plugins/hello-test/settings")
                .then().statusCode(400).body("errors.field", hasItem("settings.greeting"));
        // Settings changes are optimistic: no If-Match is a 428, a stale one a 412.
        a.admin().body(Map.of("settings", Map.of("greeting", "Bonjour"))).put("/plugins/hello-test/settings").then()
                .statusCode(428).contentType("application/problem+json");
        String changedTag = a.admin().header("If-Match", etag).body(Map.of("settings", Map.of("greeting", "Bonjour")))
                .put("/plugins/hello-test/settings").then().statusCode(200).extract().header("ETag");
        assertThat(changedTag).isNotEqualTo(etag);
        a.admin().header("If-Match", etag).body(Map.of("settings", Map.of("greeting", "Lost update")))
                .put("/plugins/hello-test/settings").then().statusCode(412).contentType("application/problem+json");
        a.admin().get("/plugins/hello-test/greeting").then().body("greeting", equalTo("Bonjour"));

        // Disabling keeps the settings; re-enabling without settings brings them back.
        a.admin().post("/plugins/hello-test/disable").then().statusCode(200).body("enabled", equalTo(false));
        a.admin().get("/plugins/hello-test/greeting").then().statusCode(404);
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        a.admin().get("/plugins/hello-test/greeting").then().body("greeting", equalTo("Bonjour"));
        a.admin().queryParam("action", "plugin.settings-changed").get("/audit-events").then()
                .body("items.action", hasItem("plugin.settings-changed"));
    }

    @Test
    void uninstallingOffersAnExportThenRemovesEverything() {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of("settings", Map.of("greeting", "Keep me"))).post("/plugins/hello-test/enable")
                .then().statusCode(200);
        a.admin().post("/plugins/hello-test/uninstall").then().statusCode(409).contentType("application/problem+json");
        a.admin().post("/plugins/hello-test/disable").then().statusCode(200);
        a.admin().get("/plugins/hello-test/export").then().statusCode(200)
                .body("pluginId", equalTo("hello-test")).body("settings.greeting", equalTo("Keep me"));
        a.admin().post("/plugins/hello-test/uninstall").then().statusCode(204);
        a.admin().get("/plugins/hello-test/export").then().statusCode(404);
        a.admin().get("/plugins/hello-test").then().statusCode(200).body("installationId", equalTo(null))
                .body("settings.greeting", equalTo(null));
        a.admin().queryParam("action", "plugin.uninstalled").get("/audit-events").then()
                .body("items.action", hasItem("plugin.uninstalled"));
        // Enabling again starts from the plugin's defaults.
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200)
                .body("settings.greeting", equalTo("Hello"));
    }

    @Test
    void anIncompatiblePluginIsListedButRefused() {
        Api.TestTenant a = Api.signup();
        assertThat(plugin(a, "future-test")).containsEntry("compatible", false).containsEntry("requires", ">=2.0.0");
        a.admin().body(Map.of()).post("/plugins/future-test/enable").then().statusCode(409)
                .contentType("application/problem+json");
        a.admin().body(Map.of()).post("/plugins/no-such-plugin/enable").then().statusCode(404);
    }

    @Test
    void aFaultyPluginCannotHurtTheCoreAndIsSuspended() {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/faulty-test/enable").then().statusCode(200);
        Map<String, Object> lead = Map.of("source", "web-form");

        // Throws: the core gets "no answer" and goes on.
        a.admin().body(lead).post("/plugins/-/preview/lead-score").then().statusCode(204);
        // Hangs: cut off by the timeout (1 s in the test servers), not after its 60 s.
        long started = System.nanoTime();
        a.admin().body(lead).post("/plugins/-/preview/lead-route").then().statusCode(204);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        // Its REST contribution fails as a 503 problem, never a stack trace.
        a.admin().get("/plugins/faulty-test/boom").then().statusCode(503)
                .contentType("application/problem+json").body(not(containsString("IllegalStateException")));

        List<Map<String, Object>> failures = a.admin().get("/plugins/faulty-test/failures").then().statusCode(200)
                .extract().path("$");
        assertThat(failures).extracting(f -> f.get("kind")).contains("ERROR", "TIMEOUT");
        assertThat(failures).extracting(f -> f.get("detail")).contains("the scoring model is broken");

        // Three failures in a row (the test servers' limit) suspended it for this tenant.
        assertThat(plugin(a, "faulty-test")).containsEntry("suspended", true);
        a.admin().get("/plugins/faulty-test/boom").then().statusCode(404);
        a.admin().queryParam("action", "plugin.suspended").get("/audit-events").then()
                .body("items.action", hasItem("plugin.suspended"));
        // The core still works for the tenant.
        a.admin().get("/departments").then().statusCode(200);

        // Re-enabling lifts the suspension.
        a.admin().body(Map.of()).post("/plugins/faulty-test/enable").then().statusCode(200)
                .body("suspended", equalTo(false));
    }

    @Test
    void thePlanDecidesWhichPluginsATenantMayUse() throws InterruptedException {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        String operator = Api.operatorToken();
        Api.bearer(operator).body(Map.of("plan", "team")).post("/platform/tenants/" + a.id() + "/plan")
                .then().statusCode(200);

        // The team plan lists no plugin (V201): the catalog is empty and enabling is refused.
        a.admin().get("/plugins").then().statusCode(200).body("total", equalTo(0));
        a.admin().body(Map.of()).post("/plugins/faulty-test/enable").then().statusCode(404);
        // What was enabled stops answering (each replica within its cache time).
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = 200;
        while (status != 404 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = a.admin().get("/plugins/hello-test/greeting").statusCode();
        }
        assertThat(status).isEqualTo(404);

        Api.bearer(operator).body(Map.of("plan", "business")).post("/platform/tenants/" + a.id() + "/plan")
                .then().statusCode(200);
        assertThat(plugin(a, "hello-test")).containsEntry("enabled", true);
    }

    @Test
    void pipelineListenersHearTheirTenantsEvents() throws InterruptedException {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        a.admin().body(Map.of("name", "插件测试部")).post("/departments").then().statusCode(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> seen = List.of();
        while (System.nanoTime() < deadline && !seen.contains("department.created")) {
            Thread.sleep(200);
            seen = a.admin().get("/plugins/hello-test/events").then().statusCode(200).extract().path("$");
        }
        assertThat(seen).contains("department.created");
    }
    private static long numericId(String apiId) {
        return com.github.f4b6a3.tsid.Tsid.from(apiId).toLong();
    }

    private static List<String> labels(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/ledger-test/entries").then().statusCode(200).extract().path("label");
    }

    @Test
    void aPluginsOwnTableIsMigratedTenantScopedUpgradedKeptAndRemovedOnUninstall() throws Exception {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        assertThat(plugin(a, "ledger-test")).containsEntry("version", "1.0.0").containsEntry("compatible", true);
        a.admin().body(Map.of()).post("/plugins/ledger-test/enable").then().statusCode(200);
        b.admin().body(Map.of()).post("/plugins/ledger-test/enable").then().statusCode(200);
        a.admin().queryParam("label", "a-one").body(Map.of()).post("/plugins/ledger-test/entries").then().statusCode(201);
        a.admin().queryParam("label", "a-two").body(Map.of()).post("/plugins/ledger-test/entries").then().statusCode(201);
        b.admin().queryParam("label", "b-one").body(Map.of()).post("/plugins/ledger-test/entries").then().statusCode(201);
        assertThat(labels(a)).containsExactly("a-one", "a-two");
        assertThat(labels(b)).containsExactly("b-one");

        // B's plugin tries to reach A's rows: the host refuses or the tenant condition holds.
        b.admin().queryParam("tenant", numericId(a.id())).get("/plugins/ledger-test/steal/tenant-column").then()
                .statusCode(403).body("code", equalTo("ledger-test/refused"));
        b.admin().get("/plugins/ledger-test/steal/crafted-column").then().statusCode(403);
        b.admin().get("/plugins/ledger-test/steal/crafted-order").then().statusCode(403);
        b.admin().get("/plugins/ledger-test/steal/core-table").then().statusCode(403);
        b.admin().queryParam("label", "a-one").get("/plugins/ledger-test/by-label").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        b.admin().queryParam("label", "x' OR '1'='1").get("/plugins/ledger-test/by-label").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        a.admin().queryParam("label", "a-one").get("/plugins/ledger-test/by-label").then().statusCode(200)
                .body("label", equalTo(List.of("a-one")));

        // Upgrade: version 2.0.0 appears in the plugin folder; the host loads it and runs its V2 migration,
        // and the tenant's admin moves to it (ADR 0221).
        java.nio.file.Path upgrade = java.nio.file.Path.of(System.getProperty("tradewind.pluginUpgrades"), "ledger-plugin-v2.jar");
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("tradewind.pluginsDir"));
        java.nio.file.Files.copy(upgrade, folder.resolve("ledger-plugin-v2.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && !"2.0.0".equals(plugin(a, "ledger-test").get("latestVersion"))) {
            Thread.sleep(500);
        }
        assertThat(plugin(a, "ledger-test")).containsEntry("latestVersion", "2.0.0").containsEntry("upgradeAvailable", true);
        a.admin().body(Map.of()).post("/plugins/ledger-test/upgrade").then().statusCode(200)
                .body("version", equalTo("2.0.0")).body("installedVersion", equalTo("2.0.0"));
        assertThat(plugin(a, "ledger-test")).containsEntry("version", "2.0.0").containsEntry("enabled", true)
                .containsEntry("upgradeAvailable", false);
        a.admin().get("/plugins/ledger-test/entries").then().statusCode(200)
                .body("label", equalTo(List.of("a-one", "a-two"))).body("amount", equalTo(List.of(7, 7)));
        assertThat(labels(b)).containsExactly("b-one");

        // Disabling keeps the rows.
        a.admin().post("/plugins/ledger-test/disable").then().statusCode(200);
        a.admin().get("/plugins/ledger-test/entries").then().statusCode(404);
        a.admin().body(Map.of()).post("/plugins/ledger-test/enable").then().statusCode(200);
        assertThat(labels(a)).containsExactly("a-one", "a-two");

        // Uninstalling: the export carries the rows, then they are gone for A only.
        a.admin().post("/plugins/ledger-test/disable").then().statusCode(200);
        a.admin().get("/plugins/ledger-test/export").then().statusCode(200)
                .body("tables.p_ledger_test_entry.label", equalTo(List.of("a-one", "a-two")))
                .body("tables.p_ledger_test_entry.amount", equalTo(List.of(7, 7)));
        a.admin().post("/plugins/ledger-test/uninstall").then().statusCode(204);
        a.admin().body(Map.of()).post("/plugins/ledger-test/enable").then().statusCode(200);
        assertThat(labels(a)).isEmpty();
        assertThat(labels(b)).containsExactly("b-one");
    }

    @Test
    void aPluginWhoseMigrationsBreakTheRulesIsRefused() {
        Api.TestTenant a = Api.signup();
        assertThat(plugin(a, "badtables-test")).containsEntry("compatible", false);
        a.admin().body(Map.of()).post("/plugins/badtables-test/enable").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("stolen_users is outside the plugin's prefix p_badtables_test_"))
                .body("detail", containsString("PRIMARY KEY led by tenant_id"));
        a.admin().get("/plugins/badtables-test/anything").then().statusCode(404);
    }

    @Test
    void pluginsReadTheirTenantsCoreRecords() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        a.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        b.admin().body(Map.of()).post("/plugins/hello-test/enable").then().statusCode(200);
        String lead = a.admin().body(Map.of("name", "王芳", "companyName", "Acme", "source", "trade-show")).post("/leads")
                .then().statusCode(201).extract().path("id");
        long id = numericId(lead);
        a.admin().get("/plugins/hello-test/records/lead/" + id).then().statusCode(200)
                .body("type", equalTo("lead")).body("id", equalTo(Long.toString(id))).body("name", equalTo("王芳"));
        // Another tenant's plugin asking for the same id finds nothing.
        b.admin().get("/plugins/hello-test/records/lead/" + id).then().statusCode(404)
                .body("code", equalTo("hello-test/no-such-record"));
        a.admin().get("/plugins/hello-test/records/app_user/" + id).then().statusCode(404);
    }

    @Test
    void scheduledJobsRunOnlyForTenantsThatEnabledThePlugin() throws InterruptedException {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        a.admin().body(Map.of("settings", Map.of("greeting", "Hi", "ticks", true))).post("/plugins/hello-test/enable")
                .then().statusCode(200);
        b.admin().body(Map.of("settings", Map.of("greeting", "Hi", "ticks", true))).post("/plugins/hello-test/enable")
                .then().statusCode(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && ticks(b) < 2) {
            Thread.sleep(500);
        }
        assertThat(ticks(b)).isGreaterThanOrEqualTo(2);

        // B disables: its job stops while A's goes on.
        b.admin().post("/plugins/hello-test/disable").then().statusCode(200);
        b.admin().body(Map.of("settings", Map.of("greeting", "Hi", "ticks", false))).post("/plugins/hello-test/enable")
                .then().statusCode(200);
        Thread.sleep(1500); // a run already under way when B disabled may still finish
        int bStopped = ticks(b);
        int aBefore = ticks(a);
        Thread.sleep(4000);
        assertThat(ticks(b)).isEqualTo(bStopped);
        assertThat(ticks(a)).isGreaterThan(aBefore);
        // Leave nothing ticking on the test server (its database outlives the run).
        a.admin().post("/plugins/hello-test/disable").then().statusCode(200);
    }

    private static int ticks(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/hello-test/ticks").then().statusCode(200).extract().path("ticks");
    }
}

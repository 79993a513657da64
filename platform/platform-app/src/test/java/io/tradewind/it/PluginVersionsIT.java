package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-tenant plugin versions (ADR 0221) through the running server, with twin-test built by this build
 * (test-plugins/twin*): tenant A stays on 1.0.0 while B upgrades to 2.0.0, each served by its own version
 * at the same time (REST, extension calls, jobs, UI listing, fields, tables); A upgrades later and 1.0.0, used
 * by nobody, is unloaded.
 */
class PluginVersionsIT {

    private static final String PLUGIN = "twin-test";
    private static final Map<String, Object> LEAD = Map.of("source", "web-form", "company", "Acme");

    @BeforeAll
    static void applicationIsReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (io.restassured.RestAssured.given().baseUri(Api.BASE_URL).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not answering yet
            }
            Thread.sleep(1000);
        }
    }

    @Test
    void eachTenantRunsTheVersionItChoseAndAnUnusedVersionIsUnloaded() throws Exception {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        RequestSpecification operator = Api.bearer(Api.operatorToken());
        // Both choose 1.0.0 (PluginConsoleIT may have brought 2.0.0 in already).
        a.admin().body(Map.of("version", "1.0.0")).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200)
                .body("version", equalTo("1.0.0")).body("installedVersion", equalTo("1.0.0"));
        b.admin().body(Map.of("version", "1.0.0")).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200);
        a.admin().queryParam("label", "a-before").body(Map.of()).post("/plugins/" + PLUGIN + "/items").then().statusCode(201);

        // 2.0.0 arrives in the plugin folder: offered to both, imposed on neither.
        dropVersion2();
        awaitTrue(() -> "2.0.0".equals(plugin(a).get("latestVersion")), Duration.ofSeconds(90));
        for (Api.TestTenant tenant : List.of(a, b)) {
            assertThat(plugin(tenant)).containsEntry("version", "1.0.0").containsEntry("installedVersion", "1.0.0")
                    .containsEntry("upgradeAvailable", true);
            tenant.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("1"));
        }

        // B upgrades; A stays. Both are served by their own version at the same time.
        b.admin().body(Map.of("version", "2.0.0")).post("/plugins/" + PLUGIN + "/upgrade").then().statusCode(200)
                .body("version", equalTo("2.0.0")).body("installedVersion", equalTo("2.0.0"))
                .body("upgradeAvailable", equalTo(false)).body("enabled", equalTo(true));
        b.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("2"));
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("1"));
        b.admin().body(LEAD).post("/plugins/-/preview/lead-score").then().statusCode(200).body("score", equalTo(20));
        a.admin().body(LEAD).post("/plugins/-/preview/lead-score").then().statusCode(200).body("score", equalTo(10));
        b.admin().get("/plugins/ui").then().statusCode(200)
                .body("items.find { it.pluginId == '" + PLUGIN + "' }.pluginVersion", equalTo("2.0.0"))
                .body("items.find { it.pluginId == '" + PLUGIN + "' }.title", endsWith("2"));
        a.admin().get("/plugins/ui").then().statusCode(200)
                .body("items.find { it.pluginId == '" + PLUGIN + "' }.pluginVersion", equalTo("1.0.0"))
                .body("items.find { it.pluginId == '" + PLUGIN + "' }.title", endsWith("1"));
        // Jobs: B's run as 2.0.0 from now on, A's still as 1.0.0.
        awaitTrue(() -> tickVersions(b).contains("2"), Duration.ofSeconds(60));
        awaitTrue(() -> !tickVersions(a).isEmpty(), Duration.ofSeconds(60));
        assertThat(tickVersions(a)).containsExactly("1");
        // 2.0.0's field joins B only; its migration ran once, and 1.0.0 keeps writing into the shared table.
        assertThat(codes(b, "lead")).contains("twinScore");
        assertThat(codes(a, "lead")).doesNotContain("twinScore");
        a.admin().queryParam("label", "a-after").body(Map.of()).post("/plugins/" + PLUGIN + "/items").then().statusCode(201);
        b.admin().queryParam("label", "b-two").body(Map.of()).post("/plugins/" + PLUGIN + "/items").then().statusCode(201);
        a.admin().get("/plugins/" + PLUGIN + "/items").then().statusCode(200)
                .body("label", equalTo(List.of("a-before", "a-after"))).body("weight", equalTo(List.of(1, 1)));
        b.admin().get("/plugins/" + PLUGIN + "/items").then().statusCode(200)
                .body("label", equalTo(List.of("b-two"))).body("weight", equalTo(List.of(2)));
        b.admin().queryParam("action", "plugin.upgraded").get("/audit-events").then().statusCode(200)
                .body("items[0].after.from", equalTo("1.0.0")).body("items[0].after.to", equalTo("2.0.0"));
        // Versions only go up.
        b.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/upgrade").then().statusCode(409);
        b.admin().body(Map.of("version", "1.0.0")).post("/plugins/" + PLUGIN + "/enable").then().statusCode(400)
                .body("errors.field", hasItem("version"));
        b.admin().body(Map.of("version", "9.9.9")).post("/plugins/" + PLUGIN + "/upgrade").then().statusCode(400)
                .body("errors.field", hasItem("version"));

        // A new tenant gets the newest version; both versions are loaded while A uses 1.0.0.
        Api.TestTenant c = Api.signup();
        c.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200).body("version", equalTo("2.0.0"));
        assertThat(loaded(operator)).containsExactly("1.0.0", "2.0.0");

        // A upgrades when its admin decides: 1.0.0 is used by nobody and unloaded.
        a.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/upgrade").then().statusCode(200).body("version", equalTo("2.0.0"));
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("2"));
        assertThat(codes(a, "lead")).contains("twinScore");
        awaitTrue(() -> tickVersions(a).contains("2"), Duration.ofSeconds(60));
        awaitTrue(() -> loaded(operator).equals(List.of("2.0.0")), Duration.ofSeconds(30));
        a.admin().get("/plugins/" + PLUGIN + "/items").then().statusCode(200)
                .body("label", equalTo(List.of("a-before", "a-after")));
        a.admin().queryParam("action", "plugin.upgraded").get("/audit-events").then().statusCode(200)
                .body("items[0].before.version", equalTo("1.0.0")).body("items[0].after.to", equalTo("2.0.0"));

        // Tenant admins cannot see what the host has loaded.
        a.admin().get("/platform/plugins").then().statusCode(403);
    }

    /** Puts twin 2.0.0 into the server's plugin folder (again: the host ignores a version it has loaded). */
    static void dropVersion2() throws java.io.IOException {
        Path folder = Path.of(System.getProperty("tradewind.pluginsDir"));
        Files.copy(Path.of(System.getProperty("tradewind.pluginUpgrades"), "twin-plugin-v2.jar"),
                folder.resolve("twin-plugin-v2.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> loaded(RequestSpecification operator) {
        return operator.get("/platform/plugins").then().statusCode(200)
                .extract().path("items.findAll { it.id == '" + PLUGIN + "' }.version");
    }

    /** The versions of the plugin whose job has run for the tenant. */
    private static List<String> tickVersions(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/" + PLUGIN + "/ticks").then().statusCode(200).extract().path("versions");
    }

    private static Map<String, Object> plugin(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/" + PLUGIN).then().statusCode(200).extract().path("$");
    }

    private static List<String> codes(Api.TestTenant tenant, String entity) {
        return tenant.admin().queryParam("entity", entity).get("/custom-fields").then().statusCode(200).extract().path("code");
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !condition.get()) {
            Thread.sleep(500);
        }
        assertThat(condition.get()).isTrue();
    }
}

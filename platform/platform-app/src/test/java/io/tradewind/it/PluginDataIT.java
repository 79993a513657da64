package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
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
 * Plugin data through the running server (ADRs 0208, 0209) with tally-test, built by this build
 * (test-plugins/tally*): the custom fields it declares join the tenant's own, and an upgrade whose
 * migration fails leaves the running version in place until a fixed version arrives.
 */
class PluginDataIT {

    private static final String PLUGIN = "tally-test";

    /** On a loaded machine readiness itself can time out (a checked exception that Api's own wait lets through). */
    @BeforeAll
    static void applicationIsReady() throws InterruptedException {
        String base = System.getProperty("tradewind.baseUrl", "http://localhost:9080");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (io.restassured.RestAssured.given().baseUri(base).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not answering yet
            }
            Thread.sleep(1000);
        }
    }

    @Test
    void declaredFieldsWorkLikeTheTenantsOwnAndLeaveWithTheExport() throws Exception {
        Api.TestTenant a = Api.signup();
        Api.TestTenant other = Api.signup();
        a.admin().get("/customers").then().statusCode(200); // the server now keeps the tenant's definitions (ADR 0133)
        a.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200);

        // Registered in the tenant's metadata, owned by the plugin, labelled by its messages.
        Map<String, Object> code = field(a, "customer", "tallyCode");
        assertThat(code).containsEntry("source", "plugin:" + PLUGIN).containsEntry("type", "text")
                .containsEntry("labelEn", "Tally code").containsEntry("labelZh", "记账编号").containsEntry("active", true);
        a.admin().get("/custom-fields/" + field(a, "customer", "tallyTier").get("id")).then().statusCode(200)
                .body("type", equalTo("choice"))
                .body("options.find { it.code == 'gold' }.labelZh", equalTo("金"));
        assertThat(codes(other, "customer")).doesNotContain("tallyCode", "tallyTier");

        // Values: API, validation, filters and exports like any custom field.
        String gold = a.admin().body(Map.of("name", "Gold customer", "customFields", Map.of("tallyCode", "T-1", "tallyTier", "gold")))
                .post("/customers").then().statusCode(201).body("customFields.tallyTier", equalTo("gold"))
                .extract().path("id");
        a.admin().body(Map.of("name", "Plain customer")).post("/customers").then().statusCode(201);
        a.admin().body(Map.of("name", "Bad", "customFields", Map.of("tallyTier", "platinum"))).post("/customers").then()
                .statusCode(400).body("errors.field", hasItem("customFields.tallyTier"));
        List<String> found = a.admin().queryParam("cf.tallyTier", "gold").get("/customers").then().statusCode(200)
                .extract().path("items.id");
        assertThat(found).containsExactly(gold);
        Response csv = a.admin().header("Accept-Language", "en").queryParam("format", "csv")
                .queryParam("cf.tallyCode", "T-1").get("/customers/export");
        csv.then().statusCode(200);
        List<List<String>> rows = CustomersIT.parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(rows.get(0)).contains("Tally code", "Tally tier");
        assertThat(rows.get(1)).contains("T-1", "Gold");

        // Tenant admins see the plugin's fields but cannot delete them or change their declaration.
        Response fieldNow = a.admin().get("/custom-fields/" + code.get("id"));
        a.admin().header("If-Match", fieldNow.header("ETag")).delete("/custom-fields/" + code.get("id")).then()
                .statusCode(409).body("detail", containsString(PLUGIN));
        a.admin().header("If-Match", fieldNow.header("ETag")).body(Map.of("required", true))
                .patch("/custom-fields/" + code.get("id")).then().statusCode(400).body("errors.field", hasItem("required"));

        // Disabling keeps the values but hides the fields; enabling shows them again.
        a.admin().post("/plugins/" + PLUGIN + "/disable").then().statusCode(200);
        assertThat(field(a, "customer", "tallyCode")).containsEntry("active", false);
        a.admin().get("/customers/" + gold).then().statusCode(200).body("customFields", not(org.hamcrest.Matchers.hasKey("tallyCode")));
        a.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200);
        a.admin().get("/customers/" + gold).then().statusCode(200).body("customFields.tallyCode", equalTo("T-1"));

        // Uninstalling: the export carries the fields with their values, then both are gone.
        a.admin().post("/plugins/" + PLUGIN + "/disable").then().statusCode(200);
        a.admin().get("/plugins/" + PLUGIN + "/export").then().statusCode(200)
                .body("customFields.find { it.field.code == 'tallyCode' }.values[0].recordId", equalTo(gold))
                .body("customFields.find { it.field.code == 'tallyCode' }.values[0].value", equalTo("T-1"))
                .body("customFields.find { it.field.code == 'tallyTier' }.values[0].value", equalTo("gold"));
        a.admin().post("/plugins/" + PLUGIN + "/uninstall").then().statusCode(204);
        assertThat(codes(a, "customer")).doesNotContain("tallyCode", "tallyTier");
        a.admin().get("/customers/" + gold).then().statusCode(200).body("customFields", not(org.hamcrest.Matchers.hasKey("tallyCode")));
    }

    @Test
    void aFieldKeyTheTenantAlreadyUsesIsAClearConflictOnEnable() {
        Api.TestTenant c = Api.signup();
        c.admin().body(Map.of("entity", "customer", "code", "tallyCode", "type", "text", "labelEn", "Mine", "labelZh", "我的"))
                .post("/custom-fields").then().statusCode(201);
        c.admin().header("Accept-Language", "en").body(Map.of()).post("/plugins/" + PLUGIN + "/enable").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("plugin:" + PLUGIN))
                .body("detail", containsString("tallyCode"))
                .body("detail", containsString("declared by tenant"));
        assertThat(codes(c, "customer")).doesNotContain("tallyTier");
        c.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(404);
    }

    @Test
    void aFailedUpgradeKeepsTheOldVersionAndAFixedOneStillApplies() throws Exception {
        Api.TestTenant a = Api.signup();
        a.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/enable").then().statusCode(200);
        a.admin().queryParam("label", "before").body(Map.of()).post("/plugins/" + PLUGIN + "/items").then().statusCode(201);
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("1"));

        // 2.0.0's migration fails: 1.0.0 keeps running, the admin sees why, the audit log has it.
        Path folder = Path.of(System.getProperty("tradewind.pluginsDir"));
        drop("tally-plugin-v2-broken.jar", folder);
        awaitTrue(() -> failures(a).stream().anyMatch(f -> "UPGRADE".equals(f.get("kind"))), Duration.ofSeconds(90));
        Map<String, Object> failure = failures(a).stream().filter(f -> "UPGRADE".equals(f.get("kind"))).findFirst().orElseThrow();
        assertThat((String) failure.get("detail")).startsWith("2.0.0: ").contains("migrations failed");
        a.admin().get("/plugins/" + PLUGIN).then().statusCode(200).body("version", equalTo("1.0.0"))
                .body("enabled", equalTo(true)).body("compatible", equalTo(true)).body("suspended", equalTo(false));
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("1"));
        a.admin().get("/plugins/" + PLUGIN + "/items").then().statusCode(200).body("label", equalTo(List.of("before")));
        a.admin().queryParam("action", "plugin.upgrade-failed").get("/audit-events").then().statusCode(200)
                .body("items[0].after.failedVersion", equalTo("2.0.0")).body("items[0].after.runningVersion", equalTo("1.0.0"));
        assertThat(folder.resolve("tally-plugin-v2-broken.jar")).doesNotExist();
        assertThat(folder.resolve("tally-plugin-v2-broken.jar.failed")).exists();
        assertThat(codes(a, "lead")).doesNotContain("tallyScore");
        a.admin().body(Map.of("name", "Scored", "source", "website", "customFields", Map.of("tallyScore", 3)))
                .post("/leads").then().statusCode(400).body("errors.field", hasItem("customFields.tallyScore"));

        // The fixed 2.0.1 runs V2 again (the failed row was repaired away) and its new field joins.
        drop("tally-plugin-v2.jar", folder);
        awaitTrue(() -> "2.0.1".equals(a.admin().get("/plugins/" + PLUGIN).then().extract().path("latestVersion")),
                Duration.ofSeconds(90));
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("1"));
        a.admin().body(Map.of()).post("/plugins/" + PLUGIN + "/upgrade").then().statusCode(200).body("version", equalTo("2.0.1"));
        a.admin().get("/plugins/" + PLUGIN + "/version").then().statusCode(200).body("version", equalTo("2"));
        a.admin().get("/plugins/" + PLUGIN + "/items").then().statusCode(200)
                .body("label", equalTo(List.of("before"))).body("weight", equalTo(List.of(1)));
        assertThat(field(a, "lead", "tallyScore")).containsEntry("type", "number").containsEntry("labelEn", "Tally score")
                .containsEntry("source", "plugin:" + PLUGIN);
        a.admin().body(Map.of("name", "Scored", "source", "website", "customFields", Map.of("tallyScore", 3)))
                .post("/leads").then().statusCode(201).body("customFields.tallyScore", equalTo(3));
        a.admin().get("/custom-fields/" + field(a, "customer", "tallyTier").get("id")).then().statusCode(200)
                .body("options.code", equalTo(List.of("gold", "silver", "bronze")));
    }

    private static void drop(String jar, Path folder) throws java.io.IOException {
        Path upgrade = Path.of(System.getProperty("tradewind.pluginUpgrades"), jar);
        Files.copy(upgrade, folder.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !condition.get()) {
            Thread.sleep(500);
        }
        assertThat(condition.get()).isTrue();
    }

    private static List<Map<String, Object>> failures(Api.TestTenant tenant) {
        return tenant.admin().get("/plugins/" + PLUGIN + "/failures").then().statusCode(200).extract().path("$");
    }

    private static List<String> codes(Api.TestTenant tenant, String entity) {
        return tenant.admin().queryParam("entity", entity).get("/custom-fields").then().statusCode(200).extract().path("code");
    }

    private static Map<String, Object> field(Api.TestTenant tenant, String entity, String code) {
        List<Map<String, Object>> fields = tenant.admin().queryParam("entity", entity).get("/custom-fields").then()
                .statusCode(200).extract().path("$");
        return fields.stream().filter(f -> code.equals(f.get("code"))).findFirst().orElseThrow();
    }
}

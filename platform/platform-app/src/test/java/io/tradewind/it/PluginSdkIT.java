package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's walk (issue 6, "Done when"): the plugin that platform/plugin-archetype generated and built
 * in this build, its bytes unchanged, is signed and uploaded by a vendor, approved by the operator,
 * listed in tenants' catalogs, enabled with settings by one tenant admin, and answers that tenant
 * through its REST, extension and UI contributions; a tenant that did not enable it gets 404.
 */
class PluginSdkIT {

    private static byte[] generated;
    private static Attributes manifest;

    @BeforeAll
    static void generatedPackage() throws IOException {
        Path dir = Path.of(System.getProperty("tradewind.sdkPlugin", "target/it-sdk-plugin"));
        Path jar;
        try (Stream<Path> files = Files.list(dir)) {
            jar = files.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        generated = Files.readAllBytes(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest().getMainAttributes();
        }
    }

    @Test
    void aGeneratedPluginGoesFromVendorToTenant() throws Exception {
        String id = manifest.getValue("Plugin-Id");
        String version = manifest.getValue("Plugin-Version");
        assertThat(manifest.getValue("Plugin-Requires")).isEqualTo(">=1.1.0 & <2.0.0");

        // The vendor registers, signs the package with its key and uploads it; the operator approves it.
        MarketplaceIT.TestVendor vendor = MarketplaceIT.vendor();
        String versionId = vendor.upload(generated, generated).then().statusCode(201)
                .body("pluginId", equalTo(id)).body("version", equalTo(version)).body("status", equalTo("pending"))
                .extract().path("id");
        RequestSpecification operator = Api.bearer(Api.operatorToken());
        operator.body(Map.of()).post("/platform/marketplace/versions/" + versionId + "/approve").then().statusCode(200)
                .body("status", equalTo("approved"));
        vendor.as().get("/marketplace/vendor/versions").then().statusCode(200)
                .body("items.find { it.id == '" + versionId + "' }.status", equalTo("approved"));

        // Listed for every tenant without a restart; enabled by A only, with settings checked against its schema.
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        assertThat(MarketplaceIT.awaitCatalog(a, id, version)).containsEntry("vendor", manifest.getValue("Plugin-Provider"))
                .containsEntry("name", manifest.getValue("Plugin-Description"))
                .containsEntry("enabled", false).containsEntry("compatible", true);
        assertThat(MarketplaceIT.awaitCatalog(b, id, version)).containsEntry("enabled", false);
        a.admin().body(Map.of("settings", Map.of("greeting", "Hi SDK", "bonus", 99))).post("/plugins/" + id + "/enable")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("settings.bonus"));
        a.admin().body(Map.of("settings", Map.of("greeting", "Hi SDK", "bonus", 15))).post("/plugins/" + id + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true)).body("settings.greeting", equalTo("Hi SDK"));

        // The REST contribution answers A, in A's language; B, which did not enable it, gets a 404 problem.
        a.admin().get("/plugins/" + id + "/greeting").then().statusCode(200)
                .body("greeting", equalTo("Hi SDK"))
                .body("message", equalTo("The greeting of this company: Hi SDK"));
        a.admin().header("Accept-Language", "zh-CN").get("/plugins/" + id + "/greeting").then().statusCode(200)
                .body("message", equalTo("本公司的问候语：Hi SDK"));
        a.admin().get("/plugins/" + id + "/nothing").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo(id + "/no-such-route"));
        b.admin().get("/plugins/" + id + "/greeting").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://tradewind.io/problems/not-found"));

        // The extension scores A's leads with A's bonus; B's leads are not scored by it.
        Map<String, Object> lead = Map.of("source", "web-form", "company", "Acme");
        a.admin().body(lead).post("/plugins/-/preview/lead-score").then().statusCode(200)
                .body("score", equalTo(65)).body("reason", equalTo("Company named: +15"));
        b.admin().body(lead).post("/plugins/-/preview/lead-score").then().statusCode(204);

        // The UI contribution and its translations reach A's console only.
        Response ui = a.admin().get("/plugins/ui");
        ui.then().statusCode(200).body("items.pluginId", hasItem(id))
                .body("items.find { it.pluginId == '" + id + "' }.translations.'greeting.title'", equalTo("Greeting"));
        String moduleUrl = ui.path("items.find { it.pluginId == '" + id + "' }.moduleUrl");
        a.admin().get(moduleUrl.substring("/api/v1".length())).then().statusCode(200)
                .contentType(containsString("text/javascript")).body(containsString("export default function mount"));
        b.admin().get("/plugins/ui").then().statusCode(200).body("items.pluginId", not(hasItem(id)));
    }
}

package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.f4b6a3.tsid.Tsid;
import com.github.f4b6a3.tsid.TsidCreator;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace through the running server (issue 6 item 6): a vendor registers a key generated
 * here, uploads packages made from the build's own hello-test plugin (its manifest rewritten to a
 * fresh plugin id and version) signed here, the operator reviews, and tenants get approved versions
 * without a restart.
 */
class MarketplaceIT {

    private static final Duration PUBLICATION = Duration.ofSeconds(60);
    private static byte[] hello;

    /** A registered vendor with its token and signing key. */
    record TestVendor(String id, String email, String token, KeyPair keys) {

        RequestSpecification as() {
            return Api.bearer(token);
        }

        io.restassured.response.Response upload(byte[] jar, byte[] signedDigestOf) {
            return upload(jar, sign(keys, signedDigestOf));
        }

        io.restassured.response.Response upload(byte[] jar, String signature) {
            return as().contentType("multipart/form-data")
                    .multiPart("package", "plugin.jar", jar, "application/java-archive")
                    .multiPart("signature", signature)
                    .post("/marketplace/vendor/versions");
        }
    }

    @BeforeAll
    static void helloPackage() throws IOException {
        Path dir = Path.of(System.getProperty("tradewind.itPlugins", "target/it-plugins"));
        try (Stream<Path> files = Files.list(dir)) {
            Path jar = files.filter(p -> p.getFileName().toString().startsWith("hello-plugin")).findFirst().orElseThrow();
            hello = Files.readAllBytes(jar);
        }
    }

    static TestVendor vendor() throws Exception {
        String email = Api.unique("vendor") + "@vendors.test";
        String id = Api.anonymous().body(Map.of("name", "Acme 插件", "email", email, "password", Api.PASSWORD))
                .post("/public/marketplace/vendors").then().statusCode(201).extract().path("id");
        String token = Api.login(email, Api.PASSWORD, "platform");
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Api.bearer(token).body(Map.of("publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())))
                .post("/marketplace/vendor/keys").then().statusCode(201).body("algorithm", equalTo("Ed25519"));
        return new TestVendor(id, email, token, keys);
    }

    static String sign(KeyPair keys, byte[] jar) {
        try {
            Signature signer = Signature.getInstance(keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA"
                    : keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(MessageDigest.getInstance("SHA-256").digest(jar));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hello-test package as plugin {@code id} version {@code version}, optionally with a padding entry. */
    static byte[] repackaged(String id, String version, String requires, int paddingBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(hello))) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            if (id == null) {
                main.remove(new Attributes.Name("Plugin-Id"));
                main.remove(new Attributes.Name("Plugin-Version"));
            } else {
                main.putValue("Plugin-Id", id);
                main.putValue("Plugin-Version", version);
                main.putValue("Plugin-Description", "Marketplace " + version);
                main.putValue("Plugin-Provider", "Acme 插件");
            }
            if (requires != null) {
                main.putValue("Plugin-Requires", requires);
            }
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                if (paddingBytes > 0) {
                    ZipEntry padding = new ZipEntry("padding.bin");
                    padding.setMethod(ZipEntry.STORED);
                    byte[] random = new byte[paddingBytes];
                    new Random(1).nextBytes(random);
                    padding.setSize(random.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(random);
                    padding.setCrc(crc.getValue());
                    out.putNextEntry(padding);
                    out.write(random);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    static String pluginId() {
        return "mkt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Optional<Map<String, Object>> catalogEntry(Api.TestTenant tenant, String id) {
        List<Map<String, Object>> items = tenant.admin().get("/plugins").then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> id.equals(item.get("id"))).findFirst();
    }

    static Map<String, Object> awaitCatalog(Api.TestTenant tenant, String id, String version) throws InterruptedException {
        long deadline = System.nanoTime() + PUBLICATION.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Map<String, Object>> entry = catalogEntry(tenant, id);
            if (entry.isPresent() && version.equals(entry.get().get("latestVersion"))) {
                return entry.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(id + " " + version + " did not reach the catalog within " + PUBLICATION);
    }

    @Test
    void uploadReviewPublishEnableAndUpgrade() throws Exception {
        TestVendor vendor = vendor();
        String id = pluginId();
        RequestSpecification operator = Api.bearer(Api.operatorToken());
        Api.TestTenant tenant = Api.signup();

        byte[] v1 = repackaged(id, "1.0.0", null, 0);
        String v1Id = vendor.upload(v1, v1).then().statusCode(201)
                .body("pluginId", equalTo(id)).body("version", equalTo("1.0.0")).body("status", equalTo("pending"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1))))
                .extract().path("id");
        vendor.as().get("/marketplace/vendor/versions").then().statusCode(200)
                .body("items.find { it.id == '" + v1Id + "' }.status", equalTo("pending"));

        // The review queue: listed, downloadable byte for byte; not in any catalog before approval.
        operator.queryParam("size", 200).get("/platform/marketplace/versions").then().statusCode(200)
                .body("items.id", hasItem(v1Id));
        byte[] downloaded = Api.bearer(Api.operatorToken()).accept("application/java-archive")
                .get("/platform/marketplace/versions/" + v1Id + "/package").then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(v1);
        assertThat(catalogEntry(tenant, id)).isEmpty();

        operator.body(Map.of()).post("/platform/marketplace/versions/" + v1Id + "/approve").then().statusCode(200)
                .body("status", equalTo("approved"));
        operator.body(Map.of()).post("/platform/marketplace/versions/" + v1Id + "/approve").then().statusCode(409);
        operator.queryParam("size", 200).get("/platform/marketplace/versions").then().body("items.id", not(hasItem(v1Id)));

        // Published without a restart; a tenant admin enables it as any plugin and calls its REST contribution.
        Map<String, Object> listed = awaitCatalog(tenant, id, "1.0.0");
        assertThat(listed).containsEntry("vendor", "Acme 插件").containsEntry("enabled", false).containsEntry("compatible", true);
        tenant.admin().body(Map.of("settings", Map.of("greeting", "Hi market"))).post("/plugins/" + id + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        tenant.admin().get("/plugins/" + id + "/greeting").then().statusCode(200).body("greeting", equalTo("Hi market"));

        // A rejected version is never published; the vendor sees why.
        byte[] v11 = repackaged(id, "1.1.0", null, 0);
        String v11Id = vendor.upload(v11, v11).then().statusCode(201).extract().path("id");
        operator.body(Map.of()).post("/platform/marketplace/versions/" + v11Id + "/reject").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        operator.body(Map.of("reason", "缺少说明文档")).post("/platform/marketplace/versions/" + v11Id + "/reject")
                .then().statusCode(200).body("status", equalTo("rejected"));
        vendor.as().get("/marketplace/vendor/versions").then()
                .body("items.find { it.id == '" + v11Id + "' }.status", equalTo("rejected"))
                .body("items.find { it.id == '" + v11Id + "' }.reviewReason", equalTo("缺少说明文档"));

        // A newer approved version is offered; the enabled tenant stays on its version until its admin upgrades
        // (ADR 0221), and keeps its settings.
        byte[] v12 = repackaged(id, "1.2.0", null, 0);
        String v12Id = vendor.upload(v12, v12).then().statusCode(201).extract().path("id");
        operator.body(Map.of("reason", "ok")).post("/platform/marketplace/versions/" + v12Id + "/approve").then().statusCode(200);
        Map<String, Object> offered = awaitCatalog(tenant, id, "1.2.0");
        assertThat(offered).containsEntry("version", "1.0.0").containsEntry("upgradeAvailable", true);
        tenant.admin().body(Map.of()).post("/plugins/" + id + "/upgrade").then().statusCode(200);
        Map<String, Object> upgraded = catalogEntry(tenant, id).orElseThrow();
        assertThat(upgraded).containsEntry("name", "Marketplace 1.2.0").containsEntry("enabled", true)
                .containsEntry("version", "1.2.0");
        tenant.admin().get("/plugins/" + id + "/greeting").then().statusCode(200).body("greeting", equalTo("Hi market"));

        // Audited in the platform's log.
        operator.queryParam("action", "marketplace.version-approved").queryParam("size", 200).get("/audit-events")
                .then().statusCode(200).body("items.entityId", hasItem(v12Id));
    }

    @Test
    void refusalsAreClearProblems() throws Exception {
        TestVendor vendor = vendor();
        String id = pluginId();
        byte[] v1 = repackaged(id, "1.0.0", null, 0);

        // Signed by a key the vendor never registered, or a package changed after signing.
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        vendor.upload(v1, sign(stranger, v1)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("signature"));
        byte[] tampered = repackaged(id, "1.0.0", null, 16);
        vendor.upload(tampered, v1).then().statusCode(400).body("errors.field", hasItem("signature"));
        vendor.upload(v1, "not base64!").then().statusCode(400).body("errors.field", hasItem("signature"));

        // Not a plugin, a platform API this host lacks, and too large.
        byte[] notPlugin = repackaged(null, null, null, 0);
        vendor.upload(notPlugin, notPlugin).then().statusCode(400).body("errors.field", hasItem("package"));
        byte[] future = repackaged(id, "1.0.0", ">=2.0.0", 0);
        vendor.upload(future, future).then().statusCode(400).body("errors.field", hasItem("package"));
        byte[] huge = repackaged(id, "1.0.0", null, 1_100_000);
        vendor.upload(huge, huge).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://tradewind.io/problems/payload-too-large"));

        // The first upload claims the id; the same version again, another vendor, a first-party id: 409.
        vendor.upload(v1, v1).then().statusCode(201);
        vendor.upload(v1, v1).then().statusCode(409).contentType("application/problem+json");
        byte[] older = repackaged(id, "0.9.0", null, 0);
        vendor.upload(older, older).then().statusCode(409);
        TestVendor other = vendor();
        byte[] stolen = repackaged(id, "2.0.0", null, 0);
        other.upload(stolen, stolen).then().statusCode(409).contentType("application/problem+json");
        byte[] firstParty = repackaged("hello-test", "9.0.0", null, 0);
        other.upload(firstParty, firstParty).then().statusCode(409);
        other.as().get("/marketplace/vendor/versions").then().statusCode(200).body("total", equalTo(0));

        // A key is checked when registered.
        vendor.as().body(Map.of("publicKey", "bm90IGEga2V5")).post("/marketplace/vendor/keys").then().statusCode(400)
                .body("errors.field", hasItem("publicKey"));
        vendor.as().body(Map.of("publicKey", Base64.getEncoder().encodeToString(vendor.keys().getPublic().getEncoded())))
                .post("/marketplace/vendor/keys").then().statusCode(409);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecKeys = ec.generateKeyPair();
        vendor.as().body(Map.of("publicKey", "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(ecKeys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----"))
                .post("/marketplace/vendor/keys").then().statusCode(201).body("algorithm", equalTo("EC"));
        byte[] v2 = repackaged(id, "2.0.0", null, 0);
        vendor.upload(v2, sign(ecKeys, v2)).then().statusCode(201);
        vendor.as().get("/marketplace/vendor").then().statusCode(200).body("keys.size()", equalTo(2));
    }

    @Test
    void rolesKeepVendorsOperatorsAndTenantsApart() throws Exception {
        TestVendor vendor = vendor();
        Api.TestTenant tenant = Api.signup();
        String id = pluginId();
        byte[] v1 = repackaged(id, "1.0.0", null, 0);
        String versionId = vendor.upload(v1, v1).then().statusCode(201).extract().path("id");

        vendor.as().body(Map.of()).post("/platform/marketplace/versions/" + versionId + "/approve").then().statusCode(403);
        vendor.as().get("/platform/tenants").then().statusCode(403);
        vendor.as().get("/users").then().statusCode(403);
        tenant.admin().get("/platform/marketplace/versions").then().statusCode(403);
        tenant.admin().get("/marketplace/vendor").then().statusCode(403);
        tenant.admin().contentType("multipart/form-data").multiPart("package", "p.jar", v1, "application/java-archive")
                .multiPart("signature", "x").post("/marketplace/vendor/versions").then().statusCode(403);
        Api.bearer(Api.operatorToken()).get("/marketplace/vendor").then().statusCode(403);
        Api.anonymous().get("/marketplace/vendor/versions").then().statusCode(401);
        Api.anonymous().body(Map.of("name", "Xy Corp", "email", vendor.email(), "password", Api.PASSWORD))
                .post("/public/marketplace/vendors").then().statusCode(409);
    }

    @Test
    void thePlanDecidesWhetherAPublishedPluginIsListed() throws Exception {
        TestVendor vendor = vendor();
        String id = pluginId();
        byte[] v1 = repackaged(id, "1.0.0", null, 0);
        String versionId = vendor.upload(v1, v1).then().statusCode(201).extract().path("id");
        RequestSpecification operator = Api.bearer(Api.operatorToken());
        operator.body(Map.of()).post("/platform/marketplace/versions/" + versionId + "/approve").then().statusCode(200);
        Api.TestTenant trial = Api.signup();
        Api.TestTenant team = Api.signup();
        Api.bearer(Api.operatorToken()).body(Map.of("plan", "team")).post("/platform/tenants/" + team.id() + "/plan")
                .then().statusCode(200);
        awaitCatalog(trial, id, "1.0.0");
        assertThat(catalogEntry(team, id)).isEmpty();
        team.admin().body(Map.of()).post("/plugins/" + id + "/enable").then().statusCode(404);
    }

    /**
     * Another replica's work, simulated on the shared database: the test itself approves a version
     * and writes a newer one with its package straight into the tables; this server loads both
     * through its poll alone, and refuses a package whose bytes do not match the recorded SHA-256.
     * Needs direct database access, so it runs against MariaDB (H2 is embedded in the server).
     */
    @Test
    void versionsWrittenToTheDatabaseByAnotherProcessAreLoaded() throws Exception {
        String url = System.getProperty("tradewind.dbUrl");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "needs direct database access (the MariaDB run)");
        TestVendor vendor = vendor();
        Api.TestTenant tenant = Api.signup();
        String id = pluginId();
        byte[] v1 = repackaged(id, "1.0.0", null, 0);
        String v1Id = vendor.upload(v1, v1).then().statusCode(201).extract().path("id");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("tradewind.dbUser"),
                System.getProperty("tradewind.dbPassword", ""))) {
            try (PreparedStatement approve = db.prepareStatement(
                    "UPDATE marketplace_version SET status = 'APPROVED' WHERE id = ?")) {
                approve.setLong(1, Tsid.from(v1Id).toLong());
                assertThat(approve.executeUpdate()).isEqualTo(1);
            }
            awaitCatalog(tenant, id, "1.0.0");

            byte[] v2 = repackaged(id, "2.0.0", null, 0);
            insertApproved(db, id, "2.0.0", Tsid.from(vendor.id()).toLong(), v2, sha256Hex(v2));
            assertThat(awaitCatalog(tenant, id, "2.0.0")).containsEntry("name", "Marketplace 2.0.0");

            byte[] v3 = repackaged(id, "3.0.0", null, 0);
            insertApproved(db, id, "3.0.0", Tsid.from(vendor.id()).toLong(), v3, sha256Hex(v2)); // wrong checksum
            Thread.sleep(3000); // ten poll intervals
            assertThat(catalogEntry(tenant, id)).get().extracting(e -> e.get("latestVersion")).isEqualTo("2.0.0");
        }
    }

    private static void insertApproved(Connection db, String id, String version, long vendorId, byte[] jar, String sha256)
            throws Exception {
        long versionId = TsidCreator.getTsid().toLong();
        db.setAutoCommit(false); // the row and its package become visible together, as an upload writes them
        try (PreparedStatement row = db.prepareStatement("INSERT INTO marketplace_version (id, plugin_id, plugin_version, "
                + "vendor_id, description, provider, requires, sha256, size_bytes, key_id, status, uploaded_at) "
                + "VALUES (?, ?, ?, ?, ?, 'Acme', '*', ?, ?, 0, 'APPROVED', ?)");
             PreparedStatement binary = db.prepareStatement(
                     "INSERT INTO marketplace_binary (version_id, content) VALUES (?, ?)")) {
            row.setLong(1, versionId);
            row.setString(2, id);
            row.setString(3, version);
            row.setLong(4, vendorId);
            row.setString(5, "Marketplace " + version);
            row.setString(6, sha256);
            row.setLong(7, jar.length);
            row.setObject(8, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
            row.executeUpdate();
            binary.setLong(1, versionId);
            binary.setBytes(2, jar);
            binary.executeUpdate();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Custom fields of leads, customers, contacts and opportunities: definitions, values in the records'
 * API, validation, list filters, export columns, tenant isolation and data scopes.
 */
class CustomFieldsIT {

    private static final List<String> ENTITIES = List.of("lead", "customer", "contact", "opportunity");
    /** Each entity's lookup field points at another record type, so all five targets are covered. */
    private static final Map<String, String> LOOKUP_TARGET = Map.of("lead", "user", "customer", "lead",
            "contact", "customer", "opportunity", "contact");

    @Test
    void everyTypeOnEveryEntityIsStoredShownAndUpdated() {
        Api.TestTenant tenant = Api.signup();
        Map<String, String> targets = targetsOf(tenant);
        for (String entity : ENTITIES) {
            defineAllTypes(tenant, entity);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("remark", "  一级客户  ");
            values.put("budget", 1234.5);
            values.put("visitDate", "2026-03-15");
            values.put("level", "b");
            values.put("channels", List.of("online", "dealer"));
            values.put("related", targets.get(LOOKUP_TARGET.get(entity)));
            Response created = create(tenant, entity, values);
            created.then().statusCode(201)
                    .body("customFields.remark", equalTo("一级客户"))
                    .body("customFields.budget", equalTo(1234.5f))
                    .body("customFields.visitDate", equalTo("2026-03-15"))
                    .body("customFields.level", equalTo("b"))
                    .body("customFields.channels", equalTo(List.of("dealer", "online")))
                    .body("customFields.related", equalTo(targets.get(LOOKUP_TARGET.get(entity))));
            String id = created.path("id");
            String path = "/" + plural(entity) + "/" + id;

            Response read = tenant.admin().get(path);
            read.then().statusCode(200).body("customFields.budget", equalTo(1234.5f))
                    .body("customFields.channels", equalTo(List.of("dealer", "online")));
            tenant.admin().queryParam("size", 100).get("/" + plural(entity)).then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.customFields.level", equalTo("b"));

            // Changing only a custom field is a change of the record: a new ETag, audited, stale ETags refused.
            Map<String, Object> patch = new HashMap<>();
            patch.put("level", "c");
            patch.put("remark", null);
            patch.put("budget", 100);
            Response patched = tenant.admin().header("If-Match", read.header("ETag"))
                    .body(Map.of("customFields", patch)).patch(path);
            patched.then().statusCode(200).body("customFields.level", equalTo("c"))
                    .body("customFields.budget", equalTo(100))
                    .body("customFields", not(org.hamcrest.Matchers.hasKey("remark")))
                    .body("customFields.visitDate", equalTo("2026-03-15"));
            assertThat(patched.header("ETag")).isNotEqualTo(read.header("ETag"));
            tenant.admin().header("If-Match", read.header("ETag")).body(Map.of("customFields", Map.of("level", "a")))
                    .patch(path).then().statusCode(412);
            tenant.admin().queryParam("entityId", id).queryParam("action", entity + ".updated").get("/audit-events")
                    .then().statusCode(200).body("items[0].after.customFields.level", equalTo("c"));
        }
    }

    @Test
    void invalidValuesAreProblemsPerFieldInTheCallersLanguage() {
        Api.TestTenant tenant = Api.signup();
        for (String entity : ENTITIES) {
            defineAllTypes(tenant, entity);
        }
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("remark", 12);
        bad.put("budget", "many");
        bad.put("visitDate", "15.03.2026");
        bad.put("level", "z");
        bad.put("channels", "online");
        bad.put("related", "0SZZZZZZZZZZZ");
        bad.put("nonsense", "x");
        for (String entity : ENTITIES) {
            Response refused = tenant.admin().header("Accept-Language", "zh-CN")
                    .body(body(entity, tenant, Map.of("customFields", bad))).post("/" + plural(entity));
            refused.then().statusCode(400).contentType(containsString("application/problem+json"))
                    .body("errors.field", hasItems("customFields.remark", "customFields.budget", "customFields.visitDate",
                            "customFields.level", "customFields.channels", "customFields.related",
                            "customFields.nonsense"))
                    .body("errors.find { it.field == 'customFields.visitDate' }.message", containsString("日期"))
                    .body("errors.find { it.field == 'customFields.level' }.message", containsString("a, b, c"))
                    .body("errors.find { it.field == 'customFields.related' }.message", containsString("不存在"));
        }
        tenant.admin().body(body("customer", tenant, Map.of("customFields", Map.of("budget", 1.1234567))))
                .post("/customers").then().statusCode(400).body("errors.field", hasItem("customFields.budget"));
        tenant.admin().body(body("customer", tenant, Map.of("customFields", List.of("a"))))
                .post("/customers").then().statusCode(400);

        // A required field: needed on the API's create, cannot be cleared, not needed by other flows.
        String required = define(tenant, Map.of("entity", "customer", "code", "taxNo", "type", "text",
                "labelEn", "Tax number", "labelZh", "税号", "required", true)).path("id");
        assertThat(required).isNotNull();
        tenant.admin().header("Accept-Language", "en").body(Map.of("name", "无税号客户")).post("/customers").then()
                .statusCode(400).body("errors.field", hasItem("customFields.taxNo"))
                .body("errors.find { it.field == 'customFields.taxNo' }.message", equalTo("is required"));
        Response withTax = tenant.admin().body(Map.of("name", "有税号客户", "customFields", Map.of("taxNo", "91320100")))
                .post("/customers");
        withTax.then().statusCode(201);
        Map<String, Object> clear = new HashMap<>();
        clear.put("taxNo", null);
        tenant.admin().header("If-Match", withTax.header("ETag")).body(Map.of("customFields", clear))
                .patch("/customers/" + withTax.path("id")).then().statusCode(400)
                .body("errors.field", hasItem("customFields.taxNo"));
        String lead = tenant.admin().body(Map.of("name", "转化线索", "companyName", "转化公司", "source", "website"))
                .post("/leads").then().statusCode(201).extract().path("id");
        tenant.admin().body(Map.of()).post("/leads/" + lead + "/convert").then().statusCode(200);
    }

    @Test
    void listsFilterByCustomFieldsWithinTheDataScope() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        for (String entity : ENTITIES) {
            defineAllTypes(tenant, entity);
        }
        Map<String, String> targets = targetsOf(tenant);
        String small = customer(tenant, "小客户", Map.of("budget", 10, "visitDate", "2026-01-10", "level", "a",
                "channels", List.of("online"), "remark", "华东", "related", targets.get("lead")), tenant.adminId());
        String middle = customer(tenant, "中客户", Map.of("budget", 500, "visitDate", "2026-02-10", "level", "b",
                "channels", List.of("dealer"), "remark", "华南"), tenant.adminId());
        String large = customer(tenant, "大客户", Map.of("budget", 9000.75, "visitDate", "2026-03-10", "level", "b",
                "channels", List.of("online", "dealer"), "remark", "华东"), rep.id());
        String none = customer(tenant, "空客户", Map.of(), tenant.adminId());

        assertThat(ids(tenant, "/customers", Map.of("cf.budget.from", "100"))).containsExactlyInAnyOrder(middle, large);
        assertThat(ids(tenant, "/customers", Map.of("cf.budget.from", "100", "cf.budget.to", "500")))
                .containsExactly(middle);
        assertThat(ids(tenant, "/customers", Map.of("cf.budget", "9000.75"))).containsExactly(large);
        assertThat(ids(tenant, "/customers", Map.of("cf.visitDate.to", "2026-02-10"))).containsExactlyInAnyOrder(small, middle);
        assertThat(ids(tenant, "/customers", Map.of("cf.visitDate.from", "2026-02-01", "cf.visitDate.to", "2026-02-28")))
                .containsExactly(middle);
        assertThat(ids(tenant, "/customers", Map.of("cf.level", "b"))).containsExactlyInAnyOrder(middle, large);
        assertThat(ids(tenant, "/customers", Map.of("cf.level", "a,c"))).containsExactly(small);
        assertThat(ids(tenant, "/customers", Map.of("cf.channels", "online"))).containsExactlyInAnyOrder(small, large);
        assertThat(ids(tenant, "/customers", Map.of("cf.channels", "dealer", "cf.level", "b", "q", "大")))
                .containsExactly(large);
        assertThat(ids(tenant, "/customers", Map.of("cf.remark", "华东"))).containsExactlyInAnyOrder(small, large);
        assertThat(ids(tenant, "/customers", Map.of("cf.related", targets.get("lead")))).containsExactly(small);
        assertThat(ids(tenant, "/customers", Map.of())).contains(none);

        // The caller's data scope still applies: the rep sees only their own customer among the matches.
        assertThat(ids(rep, "/customers", Map.of("cf.level", "b"))).containsExactly(large);
        assertThat(ids(rep, "/customers", Map.of("cf.budget.to", "600"))).isEmpty();

        tenant.admin().queryParam("cf.nothing", "1").get("/customers").then().statusCode(400)
                .body("errors.field", hasItem("cf.nothing"));
        tenant.admin().queryParam("cf.budget.from", "lots").get("/customers").then().statusCode(400)
                .body("errors.field", hasItem("cf.budget.from"));
        tenant.admin().queryParam("cf.level.from", "a").get("/customers").then().statusCode(400)
                .body("errors.field", hasItem("cf.level.from"));

        // The other lists filter the same way.
        String lead = create(tenant, "lead", Map.of("budget", 77)).then().statusCode(201).extract().path("id");
        assertThat(ids(tenant, "/leads", Map.of("cf.budget", "77"))).containsExactly(lead);
        String contact = create(tenant, "contact", Map.of("level", "c")).then().statusCode(201).extract().path("id");
        assertThat(ids(tenant, "/contacts", Map.of("cf.level", "c"))).containsExactly(contact);
        String deal = create(tenant, "opportunity", Map.of("visitDate", "2030-01-01")).then().statusCode(201)
                .extract().path("id");
        assertThat(ids(tenant, "/opportunities", Map.of("cf.visitDate.from", "2029-12-31"))).containsExactly(deal);
    }

    @Test
    void leadContactAndOpportunityListsAndExportsFilterByNumberAndDateRanges() {
        Api.TestTenant tenant = Api.signup();
        for (String entity : List.of("lead", "contact", "opportunity")) {
            defineAllTypes(tenant, entity);
            String path = "/" + plural(entity);
            String low = create(tenant, entity, Map.of("budget", 10, "visitDate", "2026-01-10")).then().statusCode(201)
                    .extract().path("id");
            String mid = create(tenant, entity, Map.of("budget", 500.5, "visitDate", "2026-02-10")).then().statusCode(201)
                    .extract().path("id");
            String high = create(tenant, entity, Map.of("budget", 9000, "visitDate", "2026-03-10")).then().statusCode(201)
                    .extract().path("id");
            String none = create(tenant, entity, Map.of()).then().statusCode(201).extract().path("id");

            assertThat(ids(tenant, path, Map.of("cf.budget.from", "100"))).as(entity).containsExactlyInAnyOrder(mid, high);
            assertThat(ids(tenant, path, Map.of("cf.budget.to", "500.5"))).as(entity).containsExactlyInAnyOrder(low, mid);
            assertThat(ids(tenant, path, Map.of("cf.budget.from", "11", "cf.budget.to", "8999.99"))).as(entity)
                    .containsExactly(mid);
            assertThat(ids(tenant, path, Map.of("cf.visitDate.from", "2026-02-10", "cf.visitDate.to", "2026-03-09")))
                    .as(entity).containsExactly(mid);
            assertThat(ids(tenant, path, Map.of("cf.visitDate.to", "2026-02-09", "cf.budget.from", "0"))).as(entity)
                    .containsExactly(low);
            assertThat(ids(tenant, path, Map.of())).as(entity).contains(low, mid, high, none);

            // The export takes the same filters: only the middle record, with its values.
            List<List<String>> exported = CustomersIT.parseCsv(tenant.admin().header("Accept-Language", "en")
                    .queryParam("format", "csv").queryParam("cf.budget.from", "100").queryParam("cf.budget.to", "1000")
                    .queryParam("cf.visitDate.from", "2026-02-01").get(path + "/export").then().statusCode(200)
                    .extract().asString().replace("\uFEFF", ""));
            assertThat(exported).as(entity).hasSize(2);
            assertThat(exported.get(1).get(0)).as(entity).isEqualTo(mid);
            assertThat(exported.get(1).get(exported.get(0).indexOf("Budget"))).as(entity).isEqualTo("500.5");
            assertThat(exported.get(1).get(exported.get(0).indexOf("Visit date"))).as(entity).isEqualTo("2026-02-10");

            // A range that ends before it starts, or a bad bound, is a problem naming the parameter, in lists and exports.
            for (String target : List.of(path, path + "/export")) {
                tenant.admin().header("Accept-Language", "en").queryParam("cf.budget.from", "500").queryParam("cf.budget.to", "100")
                        .get(target).then().statusCode(400).contentType(containsString("application/problem+json"))
                        .body("errors.field", hasItem("cf.budget.to"))
                        .body("errors.find { it.field == 'cf.budget.to' }.message", containsString("before the start"));
                tenant.admin().header("Accept-Language", "zh-CN").queryParam("cf.visitDate.from", "2026-03-01")
                        .queryParam("cf.visitDate.to", "2026-02-01").get(target).then().statusCode(400)
                        .body("errors.find { it.field == 'cf.visitDate.to' }.message", containsString("范围的起点"));
                tenant.admin().queryParam("cf.visitDate.from", "2026-13-01").get(target).then().statusCode(400)
                        .body("errors.field", hasItem("cf.visitDate.from"));
                tenant.admin().queryParam("cf.remark.to", "x").get(target).then().statusCode(400)
                        .body("errors.field", hasItem("cf.remark.to"));
            }
            // An equal start and end is a one-value range.
            assertThat(ids(tenant, path, Map.of("cf.budget.from", "9000", "cf.budget.to", "9000"))).as(entity)
                    .containsExactly(high);
        }
    }

    @Test
    void exportsHaveAColumnPerCustomField() throws Exception {
        Api.TestTenant tenant = Api.signup();
        for (String entity : ENTITIES) {
            defineAllTypes(tenant, entity);
        }
        String id = customer(tenant, "导出自定义字段客户", Map.of("budget", 2500, "visitDate", "2026-05-01", "level", "a",
                "channels", List.of("online", "dealer"), "remark", "重点"), tenant.adminId());

        Response csv = tenant.admin().header("Accept-Language", "zh-CN").queryParam("format", "csv")
                .queryParam("cf.level", "a").get("/customers/export");
        csv.then().statusCode(200);
        List<List<String>> rows = CustomersIT.parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8)
                .replace("\uFEFF", ""));
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        assertThat(header).contains("备注", "预算", "拜访日期", "级别", "渠道", "关联");
        List<String> row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(id);
        assertThat(row.get(header.indexOf("预算"))).isEqualTo("2500");
        assertThat(row.get(header.indexOf("拜访日期"))).isEqualTo("2026-05-01");
        assertThat(row.get(header.indexOf("级别"))).isEqualTo("甲级");
        assertThat(row.get(header.indexOf("渠道"))).isEqualTo("经销商, 线上");
        assertThat(row.get(header.indexOf("备注"))).isEqualTo("重点");
        assertThat(row.get(header.indexOf("关联"))).isEmpty();

        Response xlsx = tenant.admin().header("Accept-Language", "en").queryParam("format", "xlsx")
                .queryParam("cf.level", "a").get("/customers/export");
        xlsx.then().statusCode(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row head = sheet.getRow(0);
            Row first = sheet.getRow(1);
            Map<String, Integer> columns = new HashMap<>();
            head.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            assertThat(columns).containsKeys("Remark", "Budget", "Visit date", "Level", "Channels", "Related");
            assertThat(first.getCell(columns.get("Budget")).getNumericCellValue()).isEqualTo(2500.0);
            assertThat(first.getCell(columns.get("Level")).getStringCellValue()).isEqualTo("Grade A");
        }
        for (String entity : List.of("lead", "contact", "opportunity")) {
            create(tenant, entity, Map.of("level", "c")).then().statusCode(201);
            List<List<String>> exported = CustomersIT.parseCsv(tenant.admin().header("Accept-Language", "en")
                    .queryParam("format", "csv").queryParam("cf.level", "c").get("/" + plural(entity) + "/export")
                    .asString().replace("\uFEFF", ""));
            assertThat(exported).as(entity).hasSize(2);
            assertThat(exported.get(1).get(exported.get(0).indexOf("Level"))).as(entity).isEqualTo("Grade C");
        }
    }

    @Test
    void definitionsAreManagedByTenantAdminsAuditedAndProtected() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Response created = define(tenant, Map.of("entity", "opportunity", "code", "tender", "type", "choice",
                "labelEn", "Tender", "labelZh", "招标方式", "options", List.of(
                        Map.of("code", "open", "labelEn", "Open", "labelZh", "公开招标"),
                        Map.of("code", "invited", "labelEn", "Invited", "labelZh", "邀请招标"))));
        created.then().statusCode(201).body("source", equalTo("tenant")).body("active", equalTo(true))
                .body("multiple", equalTo(false)).body("options.code", equalTo(List.of("open", "invited")));
        String id = created.path("id");
        tenant.admin().header("Accept-Language", "zh-CN").get("/custom-fields/" + id).then().statusCode(200)
                .body("label", equalTo("招标方式"));

        // The code is unique per record type, not across them.
        define(tenant, Map.of("entity", "opportunity", "code", "tender", "type", "text", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(409);
        define(tenant, Map.of("entity", "lead", "code", "tender", "type", "text", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(201);
        define(tenant, Map.of("entity", "product", "code", "x", "type", "text", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(400).body("errors.field", hasItem("entity"));
        define(tenant, Map.of("entity", "lead", "code", "Bad-Code", "type", "text", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(400).body("errors.field", hasItem("code"));
        define(tenant, Map.of("entity", "lead", "code", "noOptions", "type", "choice", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(400).body("errors.field", hasItem("options"));
        define(tenant, Map.of("entity", "lead", "code", "noTarget", "type", "lookup", "labelEn", "T", "labelZh", "T"))
                .then().statusCode(400).body("errors.field", hasItem("lookupEntity"));

        // Only holders of customfields.manage change definitions; everyone signed in reads them.
        rep.as().body(Map.of("entity", "lead", "code", "mine", "type", "text", "labelEn", "T", "labelZh", "T"))
                .post("/custom-fields").then().statusCode(403);
        rep.as().queryParam("entity", "opportunity").get("/custom-fields").then().statusCode(200)
                .body("code", equalTo(List.of("tender")));

        // Patch with If-Match; code, type and entity are fixed.
        String etag = created.header("ETag");
        tenant.admin().body(Map.of("labelZh", "采购方式")).patch("/custom-fields/" + id).then().statusCode(428);
        tenant.admin().header("If-Match", etag).body(Map.of("type", "text", "code", "x")).patch("/custom-fields/" + id)
                .then().statusCode(400).body("errors.field", hasItems("type", "code"));
        Response relabeled = tenant.admin().header("If-Match", etag).body(Map.of("labelZh", "采购方式", "sortOrder", 5,
                "options", List.of(Map.of("code", "open", "labelEn", "Open", "labelZh", "公开招标"),
                        Map.of("code", "invited", "labelEn", "Invited", "labelZh", "邀请招标"),
                        Map.of("code", "single", "labelEn", "Single source", "labelZh", "单一来源"))))
                .patch("/custom-fields/" + id);
        relabeled.then().statusCode(200).body("labelZh", equalTo("采购方式")).body("options", org.hamcrest.Matchers.hasSize(3));
        tenant.admin().header("If-Match", etag).body(Map.of("labelZh", "旧")).patch("/custom-fields/" + id)
                .then().statusCode(412);

        // With values: options in use stay, the field cannot be deleted, deactivating hides it.
        String deal = create(tenant, "opportunity", Map.of("tender", "invited")).then().statusCode(201).extract().path("id");
        tenant.admin().header("If-Match", relabeled.header("ETag"))
                .body(Map.of("options", List.of(Map.of("code", "open", "labelEn", "Open", "labelZh", "公开招标"))))
                .patch("/custom-fields/" + id).then().statusCode(409);
        tenant.admin().header("If-Match", relabeled.header("ETag")).delete("/custom-fields/" + id).then().statusCode(409);
        Response deactivated = tenant.admin().header("If-Match", relabeled.header("ETag")).body(Map.of("active", false))
                .patch("/custom-fields/" + id);
        deactivated.then().statusCode(200).body("active", equalTo(false));
        tenant.admin().get("/opportunities/" + deal).then().body("customFields.tender", nullValue());
        Response current = tenant.admin().get("/opportunities/" + deal);
        tenant.admin().header("If-Match", current.header("ETag")).body(Map.of("customFields", Map.of("tender", "open")))
                .patch("/opportunities/" + deal).then().statusCode(400).body("errors.field", hasItem("customFields.tender"));
        tenant.admin().queryParam("entity", "opportunity").queryParam("active", true).get("/custom-fields").then()
                .body("code", equalTo(List.of()));
        tenant.admin().header("If-Match", deactivated.header("ETag")).body(Map.of("active", true))
                .patch("/custom-fields/" + id).then().statusCode(200);
        tenant.admin().get("/opportunities/" + deal).then().body("customFields.tender", equalTo("invited"));

        // Deleting the record deletes its values; then the field can go.
        Response again = tenant.admin().get("/opportunities/" + deal);
        tenant.admin().header("If-Match", again.header("ETag")).delete("/opportunities/" + deal).then().statusCode(204);
        String fieldEtag = tenant.admin().get("/custom-fields/" + id).header("ETag");
        tenant.admin().header("If-Match", fieldEtag).delete("/custom-fields/" + id).then().statusCode(204);
        tenant.admin().get("/custom-fields/" + id).then().statusCode(404);

        tenant.admin().queryParam("entityId", id).get("/audit-events").then().statusCode(200)
                .body("items.action", hasItems("custom_field.created", "custom_field.updated", "custom_field.deleted"));
        tenant.admin().queryParam("aggregateId", id).get("/events").then().statusCode(200)
                .body("items.type", hasItems("custom_field.created", "custom_field.deleted"));
    }

    @Test
    void tenantsNeitherSeeNorUseEachOthersFieldsOrRecords() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        String fieldOfA = define(a, Map.of("entity", "customer", "code", "secretLevel", "type", "number",
                "labelEn", "Secret", "labelZh", "机密")).then().statusCode(201).extract().path("id");
        String leadOfA = a.admin().body(Map.of("name", "A 的线索", "source", "website")).post("/leads").then()
                .statusCode(201).extract().path("id");

        b.admin().get("/custom-fields").then().statusCode(200).body("id", not(hasItem(fieldOfA)));
        b.admin().get("/custom-fields/" + fieldOfA).then().statusCode(404);
        b.admin().header("If-Match", "*").body(Map.of("labelEn", "Mine")).patch("/custom-fields/" + fieldOfA)
                .then().statusCode(404);
        b.admin().body(Map.of("name", "B 客户", "customFields", Map.of("secretLevel", 1))).post("/customers").then()
                .statusCode(400).body("errors.field", hasItem("customFields.secretLevel"));
        b.admin().queryParam("cf.secretLevel", "1").get("/customers").then().statusCode(400);

        // The same code in B is B's own field; a lookup to A's record is refused.
        define(b, Map.of("entity", "customer", "code", "secretLevel", "type", "number", "labelEn", "S", "labelZh", "S"))
                .then().statusCode(201);
        define(b, Map.of("entity", "customer", "code", "fromLead", "type", "lookup", "lookupEntity", "lead",
                "labelEn", "From lead", "labelZh", "来源线索")).then().statusCode(201);
        b.admin().body(Map.of("name", "B 客户", "customFields", Map.of("fromLead", leadOfA))).post("/customers").then()
                .statusCode(400).body("errors.field", hasItem("customFields.fromLead"));
        b.admin().body(Map.of("name", "B 客户", "customFields", Map.of("fromLead", a.adminId()))).post("/customers").then()
                .statusCode(400);
        String customerOfB = b.admin().body(Map.of("name", "B 客户", "customFields", Map.of("secretLevel", 7)))
                .post("/customers").then().statusCode(201).extract().path("id");
        assertThat(ids(a, "/customers", Map.of("cf.secretLevel", "7"))).doesNotContain(customerOfB).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------

    private static Response define(Api.TestTenant tenant, Map<String, Object> body) {
        return tenant.admin().body(body).post("/custom-fields");
    }

    private static void defineAllTypes(Api.TestTenant tenant, String entity) {
        define(tenant, Map.of("entity", entity, "code", "remark", "type", "text", "labelEn", "Remark", "labelZh", "备注",
                "sortOrder", 10)).then().statusCode(201);
        define(tenant, Map.of("entity", entity, "code", "budget", "type", "number", "labelEn", "Budget", "labelZh", "预算",
                "sortOrder", 20)).then().statusCode(201);
        define(tenant, Map.of("entity", entity, "code", "visitDate", "type", "date", "labelEn", "Visit date",
                "labelZh", "拜访日期", "sortOrder", 30)).then().statusCode(201);
        define(tenant, Map.of("entity", entity, "code", "level", "type", "choice", "labelEn", "Level", "labelZh", "级别",
                "sortOrder", 40, "options", List.of(
                        Map.of("code", "a", "labelEn", "Grade A", "labelZh", "甲级"),
                        Map.of("code", "b", "labelEn", "Grade B", "labelZh", "乙级"),
                        Map.of("code", "c", "labelEn", "Grade C", "labelZh", "丙级")))).then().statusCode(201);
        define(tenant, Map.of("entity", entity, "code", "channels", "type", "choice", "multiple", true,
                "labelEn", "Channels", "labelZh", "渠道", "sortOrder", 50, "options", List.of(
                        Map.of("code", "dealer", "labelEn", "Dealer", "labelZh", "经销商"),
                        Map.of("code", "online", "labelEn", "Online", "labelZh", "线上")))).then().statusCode(201)
                .body("multiple", equalTo(true));
        define(tenant, Map.of("entity", entity, "code", "related", "type", "lookup",
                "lookupEntity", LOOKUP_TARGET.get(entity), "labelEn", "Related", "labelZh", "关联", "sortOrder", 60))
                .then().statusCode(201).body("lookupEntity", equalTo(LOOKUP_TARGET.get(entity)));
    }

    /** One record of each lookup target type, made before any custom field exists. */
    private static Map<String, String> targetsOf(Api.TestTenant tenant) {
        Map<String, String> ids = new HashMap<>();
        ids.put("user", tenant.adminId());
        ids.put("lead", tenant.admin().body(Map.of("name", "目标线索", "source", "website")).post("/leads").then()
                .statusCode(201).extract().path("id"));
        String customer = tenant.admin().body(Map.of("name", "目标客户")).post("/customers").then().statusCode(201)
                .extract().path("id");
        ids.put("customer", customer);
        ids.put("contact", tenant.admin().body(Map.of("name", "目标联系人", "customerId", customer)).post("/contacts")
                .then().statusCode(201).extract().path("id"));
        ids.put("opportunity", tenant.admin().body(Map.of("name", "目标商机", "customerId", customer, "amount", 1000))
                .post("/opportunities").then().statusCode(201).extract().path("id"));
        return ids;
    }

    private static Response create(Api.TestTenant tenant, String entity, Map<String, Object> customFields) {
        return tenant.admin().body(body(entity, tenant, Map.of("customFields", customFields))).post("/" + plural(entity));
    }

    /** A valid create body of {@code entity} (with a customer of its own where one is needed), plus {@code extra}. */
    private static Map<String, Object> body(String entity, Api.TestTenant tenant, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("name", "自定义字段 " + entity + " " + Api.unique("r"));
        switch (entity) {
            case "lead" -> body.put("source", "website");
            case "contact" -> body.put("customerId", plainCustomer(tenant));
            case "opportunity" -> {
                body.put("customerId", plainCustomer(tenant));
                body.put("amount", 5000);
            }
            default -> { }
        }
        return body;
    }

    private static String plainCustomer(Api.TestTenant tenant) {
        return tenant.admin().body(Map.of("name", Api.unique("客户"))).post("/customers").then().statusCode(201)
                .extract().path("id");
    }

    private static String customer(Api.TestTenant tenant, String name, Map<String, Object> customFields, String ownerId) {
        return tenant.admin().body(Map.of("name", name, "ownerId", ownerId, "customFields", customFields))
                .post("/customers").then().statusCode(201).extract().path("id");
    }

    private static List<String> ids(Api.TestTenant tenant, String path, Map<String, String> query) {
        return ids(tenant.admin(), path, query);
    }

    private static List<String> ids(Api.Member member, String path, Map<String, String> query) {
        return ids(member.as(), path, query);
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification as, String path,
                                    Map<String, String> query) {
        Response response = as.queryParams(query).queryParam("size", 100).get(path);
        response.then().statusCode(200);
        return response.path("items.id");
    }

    private static String plural(String entity) {
        return entity.equals("opportunity") ? "opportunities" : entity + "s";
    }
}

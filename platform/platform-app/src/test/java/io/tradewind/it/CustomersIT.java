package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Customers and contacts: CRUD, grading rules, the shared pool, data scopes and exports. */
class CustomersIT {

    @Test
    void customersAreCreatedValidatedAndGradedByTheTenantsRulesWithTheReason() {
        Api.TestTenant tenant = Api.signup();
        String etag = tenant.admin().get("/settings/grading-rules").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        Map<String, Object> rules = Map.of("defaultGrade", "C", "rules", List.of(
                Map.of("grade", "A", "name", "江苏大型经销商", "minCompanySize", 100, "regionCodes", List.of("32")),
                Map.of("grade", "B", "name", "经营三年以上", "minYearsInBusiness", 3)));
        tenant.admin().header("If-Match", etag).body(rules).put("/settings/grading-rules").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));

        Response a = tenant.admin().body(Map.of("name", "南京华康医疗", "regionCode", "320102", "companySize", 150,
                "yearsInBusiness", 1, "teamSize", 12, "tags", List.of("经销商", "华东"))).post("/customers");
        a.then().statusCode(201).header("Location", containsString("/customers/")).body("teamSize", equalTo(12))
                .body("grade", equalTo("A")).body("gradeReason", containsString("江苏大型经销商"))
                .body("regionName", equalTo("玄武区")).body("inPool", equalTo(false))
                .body("ownerId", equalTo(tenant.adminId()));
        String aId = a.path("id");
        tenant.admin().body(Map.of("name", "上海康泰", "regionCode", "310101", "companySize", 150, "yearsInBusiness", 5))
                .post("/customers").then().statusCode(201).body("grade", equalTo("B"))
                .body("gradeReason", containsString("经营三年以上"));
        tenant.admin().body(Map.of("name", "小诊所")).post("/customers").then().statusCode(201)
                .body("grade", equalTo("C")).body("gradeReason", not(nullValue()));
        tenant.admin().body(Map.of("name", "手动客户", "grade", "a", "gradeReason", "战略客户")).post("/customers")
                .then().statusCode(201).body("grade", equalTo("A")).body("gradeReason", containsString("战略客户"));

        tenant.admin().body(Map.of("name", " ")).post("/customers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("name"));
        tenant.admin().body(Map.of("name", "X", "regionCode", "999999")).post("/customers").then().statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        tenant.admin().body(Map.of("name", "X", "grade", "D")).post("/customers").then().statusCode(400);

        // Changing the screening facts regrades; the reason follows.
        String version = tenant.admin().get("/customers/" + aId).header("ETag");
        tenant.admin().body(Map.of("companySize", 10)).patch("/customers/" + aId).then().statusCode(428);
        tenant.admin().header("If-Match", version).body(Map.of("companySize", 10, "yearsInBusiness", 4))
                .patch("/customers/" + aId).then().statusCode(200).body("grade", equalTo("B"))
                .body("gradeReason", containsString("经营三年以上")).body("teamSize", equalTo(12));
        version = tenant.admin().get("/customers/" + aId).header("ETag");
        tenant.admin().header("If-Match", version).body(Map.of("teamSize", -1)).patch("/customers/" + aId).then()
                .statusCode(400).body("errors.field", hasItem("teamSize"));
        tenant.admin().header("If-Match", version).body(Map.of("teamSize", 30)).patch("/customers/" + aId).then()
                .statusCode(200).body("teamSize", equalTo(30));
        tenant.admin().get("/customers/" + aId).then().body("teamSize", equalTo(30));

        // Filters, sorting, paging.
        tenant.admin().queryParam("grade", "B").queryParam("sort", "name").get("/customers").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].name", equalTo("上海康泰"));
        tenant.admin().queryParam("regionCode", "32").get("/customers").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(aId));
        tenant.admin().queryParam("tag", "华东").get("/customers").then().body("total", equalTo(1));
        tenant.admin().queryParam("q", "康").queryParam("size", 1).get("/customers").then().body("total", equalTo(2))
                .body("items.size()", equalTo(1));
        tenant.admin().queryParam("sort", "secret").get("/customers").then().statusCode(400);

        // Regions are reference data: province → prefecture → county → town.
        List<Map<String, Object>> path = tenant.admin().queryParam("code", "320102").get("/regions/path").then()
                .statusCode(200).extract().path("$");
        assertThat(path).extracting(r -> r.get("name")).containsExactly("江苏省", "南京市", "玄武区");
        List<Map<String, Object>> towns = tenant.admin().queryParam("parentCode", "320102").get("/regions").path("$");
        assertThat(towns).isNotEmpty().allSatisfy(t -> assertThat(t.get("level")).isEqualTo("town"));

        // Every change is audited.
        tenant.admin().queryParam("entityType", "customer").queryParam("entityId", aId).get("/audit-events").then()
                .body("items.action", hasItem("customer.updated")).body("items.action", hasItem("customer.created"));
        tenant.admin().queryParam("type", "customer.created").get("/events").then().body("total", equalTo(4));

        String current = tenant.admin().get("/customers/" + aId).header("ETag");
        tenant.admin().header("If-Match", current).delete("/customers/" + aId).then().statusCode(204);
        tenant.admin().get("/customers/" + aId).then().statusCode(404);
    }

    @Test
    void aCustomerIsGradedAnewByChangedRulesOnRequest() {
        Api.TestTenant tenant = Api.signup();
        String etag = tenant.admin().get("/settings/grading-rules").header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("defaultGrade", "C", "rules", List.of(
                Map.of("grade", "A", "name", "百人以上", "minCompanySize", 100)))).put("/settings/grading-rules")
                .then().statusCode(200);
        String id = tenant.admin().body(Map.of("name", "市中心医院", "companySize", 150)).post("/customers").then()
                .statusCode(201).body("grade", equalTo("A")).extract().path("id");
        etag = tenant.admin().get("/settings/grading-rules").header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("defaultGrade", "C", "rules", List.of(
                Map.of("grade", "A", "name", "五百人以上", "minCompanySize", 500),
                Map.of("grade", "B", "name", "百人以上", "minCompanySize", 100)))).put("/settings/grading-rules")
                .then().statusCode(200);

        tenant.admin().post("/customers/" + id + "/grade").then().statusCode(200)
                .body("grade", equalTo("B")).body("gradeReason", containsString("百人以上"));
        tenant.admin().get("/customers/" + id).then().body("grade", equalTo("B"));
    }

    @Test
    void customersReturnToThePoolByTheRulesAndRepsClaimWithinTheirLimit() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        String etag = tenant.admin().get("/settings/pool-rules").header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("enabled", true, "noFollowUpDays", 10, "notClosedDays", 30,
                "maxCustomersPerRep", 1)).put("/settings/pool-rules").then().statusCode(200);
        rep.as().body(Map.of("enabled", false)).header("If-Match", "*").put("/settings/pool-rules").then().statusCode(403);

        String mine = rep.as().body(Map.of("name", "长期未跟进的医院")).post("/customers").then().statusCode(201)
                .body("ownerId", equalTo(rep.id())).extract().path("id");
        String pooled = tenant.admin().body(Map.of("name", "公海里的诊所", "toPool", true)).post("/customers").then()
                .statusCode(201).body("inPool", equalTo(true)).extract().path("id");

        // "My day": what returns within 15 days, and why.
        rep.as().queryParam("days", 15).get("/customers/pool/returning").then().statusCode(200)
                .body("customerId", hasItem(mine)).body("find { it.customerId == '" + mine + "' }.reason",
                        equalTo("no-follow-up"));
        rep.as().queryParam("days", 5).get("/customers/pool/returning").then().body("customerId", not(hasItem(mine)));

        Instant now = Instant.now();
        tenant.admin().queryParam("asOf", now.plus(5, ChronoUnit.DAYS).toString()).post("/customers/pool/sweep")
                .then().statusCode(200).body("returned", equalTo(0));
        rep.as().post("/customers/pool/sweep").then().statusCode(403);
        tenant.admin().queryParam("asOf", now.plus(11, ChronoUnit.DAYS).toString()).post("/customers/pool/sweep")
                .then().statusCode(200).body("returned", equalTo(1)).body("customerIds", hasItem(mine));
        tenant.admin().get("/customers/" + mine).then().body("inPool", equalTo(true))
                .body("poolReason", equalTo("no-follow-up")).body("previousOwnerId", equalTo(rep.id()))
                .body("ownerId", nullValue());
        tenant.admin().queryParam("type", "customer.returned_to_pool").get("/events").then()
                .body("items.aggregateId", hasItem(mine));
        rep.as().get("/customers/pool").then().statusCode(200).body("items.id", hasItem(mine))
                .body("items.id", hasItem(pooled));
        rep.as().get("/customers").then().body("items.id", not(hasItem(mine)));

        // Claims: within the per-rep limit, and only from the pool.
        other.as().post("/customers/" + mine + "/claim").then().statusCode(200).body("ownerId", equalTo(other.id()));
        other.as().post("/customers/" + pooled + "/claim").then().statusCode(409)
                .body("type", equalTo("https://tradewind.io/problems/conflict"));
        rep.as().post("/customers/" + pooled + "/claim").then().statusCode(200).body("ownerId", equalTo(rep.id()));
        rep.as().get("/customers/" + mine).then().statusCode(404);
        tenant.admin().post("/customers/" + mine + "/claim").then().statusCode(409);

        // The owner gives one back by hand.
        rep.as().body(Map.of()).post("/customers/" + mine + "/release").then().statusCode(404);
        other.as().body(Map.of("reason", "not-interested")).post("/customers/" + mine + "/release").then()
                .statusCode(200).body("inPool", equalTo(true)).body("poolReason", equalTo("not-interested"));

        // Not closed in M days returns too, whatever the follow-ups.
        tenant.admin().queryParam("asOf", now.plus(31, ChronoUnit.DAYS).toString()).post("/customers/pool/sweep")
                .then().statusCode(200).body("customerIds", hasItem(pooled));
        tenant.admin().get("/customers/" + pooled).then().body("inPool", equalTo(true));

    }

    @Test
    void aRepSeesOnlyTheirOwnCustomersAndContacts() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        String customer = rep.as().body(Map.of("name", "代表A的客户")).post("/customers").path("id");
        String contact = rep.as().body(Map.of("name", "王主任", "customerId", customer, "birthday",
                LocalDate.now().plusDays(3).withYear(1980).toString())).post("/contacts").then().statusCode(201)
                .body("ownerId", equalTo(rep.id())).extract().path("id");
        other.as().body(Map.of("name", "代表B的客户")).post("/customers").then().statusCode(201);

        rep.as().get("/customers").then().body("total", equalTo(1)).body("items[0].id", equalTo(customer));
        other.as().get("/customers").then().body("total", equalTo(1)).body("items.id", not(hasItem(customer)));
        other.as().get("/customers/" + customer).then().statusCode(404);
        other.as().header("If-Match", "*").body(Map.of("name", "改名")).patch("/customers/" + customer).then().statusCode(404);
        other.as().get("/contacts/" + contact).then().statusCode(404);
        other.as().get("/contacts").then().body("total", equalTo(0));
        other.as().body(Map.of("name", "偷联系人", "customerId", customer)).post("/contacts").then().statusCode(400)
                .body("errors.field", hasItem("customerId"));
        tenant.admin().get("/customers").then().body("total", equalTo(2));
        tenant.admin().get("/contacts/" + contact).then().statusCode(200);

        // Contacts follow their customer's owner; care dates feed reminders.
        String etag = tenant.admin().get("/customers/" + customer).header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("ownerId", other.id())).patch("/customers/" + customer)
                .then().statusCode(200);
        other.as().get("/contacts/" + contact).then().statusCode(200).body("ownerId", equalTo(other.id()));
        rep.as().get("/contacts/" + contact).then().statusCode(404);
        other.as().queryParam("days", 7).get("/contacts/care-dates").then().statusCode(200)
                .body("contactId", hasItem(contact)).body("kind", hasItem("birthday"));
        String contactEtag = other.as().get("/contacts/" + contact).header("ETag");
        Map<String, Object> care = new HashMap<>();
        care.put("careDates", List.of(Map.of("monthDay", "13-01", "label", "坏日期")));
        other.as().header("If-Match", contactEtag).body(care).patch("/contacts/" + contact).then().statusCode(400);
        care.put("careDates", List.of(Map.of("monthDay", "09-10", "label", "教师节")));
        other.as().header("If-Match", contactEtag).body(care).patch("/contacts/" + contact).then().statusCode(200)
                .body("careDates[0].label", equalTo("教师节"));
    }

    @Test
    void aContactIsDeletedWithItsVersionByWhoMayWriteItsCustomerAndAudited() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        Api.Member finance = tenant.member("finance", null);
        String customer = rep.as().body(Map.of("name", "联系人的客户")).post("/customers").path("id");
        String contact = rep.as().body(Map.of("name", "王主任", "customerId", customer, "birthday",
                LocalDate.now().plusDays(3).withYear(1980).toString())).post("/contacts").then().statusCode(201)
                .extract().path("id");
        rep.as().body(Map.of("name", "李科长", "customerId", customer)).post("/contacts").then().statusCode(201);
        String path = "/contacts/" + contact;
        String etag = rep.as().get(path).header("ETag");

        rep.as().delete(path).then().statusCode(428);
        other.as().header("If-Match", etag).delete(path).then().statusCode(404);
        finance.as().header("If-Match", etag).delete(path).then().statusCode(403);
        String renamed = rep.as().header("If-Match", etag).body(Map.of("title", "科室主任")).patch(path).then()
                .statusCode(200).extract().header("ETag");
        rep.as().header("If-Match", etag).delete(path).then().statusCode(412);
        rep.as().queryParam("days", 7).get("/contacts/care-dates").then().body("contactId", hasItem(contact));

        rep.as().header("If-Match", renamed).delete(path).then().statusCode(204);
        rep.as().get(path).then().statusCode(404);
        tenant.admin().get(path).then().statusCode(404);
        rep.as().header("If-Match", renamed).delete(path).then().statusCode(404);
        rep.as().queryParam("customerId", customer).get("/contacts").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("李科长"));
        rep.as().queryParam("days", 7).get("/contacts/care-dates").then().statusCode(200)
                .body("contactId", not(hasItem(contact)));
        assertThat(tenant.admin().queryParam("entityId", contact).get("/audit-events").<List<String>>path("items.action"))
                .containsExactly("contact.deleted", "contact.updated", "contact.created");
    }

    @Test
    void customerListsExportAsCsvAndXlsx() throws Exception {
        Api.TestTenant tenant = Api.signup();
        for (int i = 1; i <= 3; i++) {
            tenant.admin().body(Map.of("name", "导出客户" + i + ", \"有限公司\"", "regionCode", "320102", "companySize", 100 * i,
                    "tags", List.of("导出"))).post("/customers").then().statusCode(201);
        }
        tenant.admin().body(Map.of("name", "=HYPERLINK(\"x\")")).post("/customers").then().statusCode(201);

        Response csv = tenant.admin().header("Accept-Language", "zh-CN").queryParam("format", "csv")
                .queryParam("tag", "导出").queryParam("sort", "name").get("/customers/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("customers-"));
        List<List<String>> rows = parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("客户名称", "等级", "地区");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(1))
                .containsExactly("导出客户1, \"有限公司\"", "导出客户2, \"有限公司\"", "导出客户3, \"有限公司\"");
        assertThat(rows.get(1)).contains("玄武区");

        Response all = tenant.admin().queryParam("format", "csv").queryParam("q", "HYPERLINK").get("/customers/export");
        assertThat(parseCsv(all.asString().replace("\uFEFF", "")).get(1).get(1)).startsWith("'=");

        Response xlsx = tenant.admin().queryParam("format", "xlsx").queryParam("tag", "导出").queryParam("sort", "-name")
                .get("/customers/export");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("导出客户3, \"有限公司\"");
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(300.0);
        }
        tenant.admin().queryParam("format", "pdf").get("/customers/export").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        tenant.admin().queryParam("format", "csv").get("/contacts/export").then().statusCode(200);
    }

    @Test
    void thePoolFiltersLikeTheCustomerListAndExportsToWhoMayReadCustomers() throws Exception {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(Map.of("code", "no-customers", "name", "无客户权限", "permissions", List.of("users.read"),
                "dataScope", "all")).post("/roles").then().statusCode(201);
        Api.Member outsider = tenant.member("no-customers", null);
        Api.Member rep = tenant.member("sales-rep", null);
        String hospitalA = pooled(tenant, Map.of("name", "Pool hospital-a", "grade", "A", "regionCode", "320102",
                "industry", "医院", "teamSize", 20, "tags", List.of("公海标签")));
        String clinic = pooled(tenant, Map.of("name", "Pool clinic-b", "grade", "B", "regionCode", "310101",
                "industry", "诊所", "tags", List.of("其他")));
        String hospitalC = pooled(tenant, Map.of("name", "Pool hospital-c", "grade", "A", "regionCode", "320102",
                "industry", "医院"));
        tenant.admin().body(Map.of("name", "Owned hospital-d", "grade", "A", "regionCode", "320102", "industry", "医院",
                "tags", List.of("公海标签"))).post("/customers").then().statusCode(201);
        String hourAhead = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        rep.as().queryParam("grade", "A").queryParam("sort", "name").get("/customers/pool").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(hospitalA, hospitalC)));
        rep.as().queryParam("regionCode", "32").queryParam("industry", "医院").queryParam("tag", "公海标签")
                .get("/customers/pool").then().body("total", equalTo(1)).body("items[0].id", equalTo(hospitalA));
        rep.as().queryParam("q", "clinic").get("/customers/pool").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(clinic));
        rep.as().queryParam("createdFrom", hourAhead).get("/customers/pool").then().body("total", equalTo(0));
        rep.as().queryParam("createdTo", hourAhead).queryParam("ownerId", "me").queryParam("sort", "-name")
                .get("/customers/pool").then().body("total", equalTo(3)).body("items[0].id", equalTo(hospitalC));
        rep.as().queryParam("status", "prospect").get("/customers/pool").then().body("total", equalTo(3));
        rep.as().queryParam("grade", "D").get("/customers/pool").then().statusCode(400);

        Response csv = rep.as().header("Accept-Language", "zh-CN").queryParam("format", "csv").queryParam("tag", "公海标签")
                .get("/customers/pool/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("customer-pool-"));
        List<List<String>> rows = parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("客户名称", "团队人数", "进入公海时间", "进入公海原因");
        assertThat(rows.get(1)).contains(hospitalA, "Pool hospital-a", "20", "created");

        Response xlsx = rep.as().queryParam("format", "xlsx").queryParam("grade", "A").queryParam("sort", "-name")
                .get("/customers/pool/export");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Pool hospital-c");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Pool hospital-a");
        }

        outsider.as().get("/customers/pool").then().statusCode(403);
        outsider.as().queryParam("format", "csv").get("/customers/pool/export").then().statusCode(403);
    }

    private static String pooled(Api.TestTenant tenant, Map<String, Object> customer) {
        Map<String, Object> body = new HashMap<>(customer);
        body.put("toPool", true);
        return tenant.admin().body(body).post("/customers").then().statusCode(201).body("inPool", equalTo(true))
                .extract().path("id");
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyPageOfAListHoldsItsOwnSliceWhateverPagesAndSizesWereAskedBefore() {
        // a list query's SQL is prepared once with the limit and offset as parameters (ADR 0141)
        Api.TestTenant tenant = Api.signup();
        for (String name : List.of("分页 A", "分页 B", "分页 C", "分页 D", "分页 E")) {
            tenant.admin().body(Map.of("name", name)).post("/customers").then().statusCode(201);
        }
        List<String> all = tenant.admin().queryParam("q", "分页").queryParam("sort", "name").queryParam("size", 100)
                .get("/customers").then().statusCode(200).body("total", equalTo(5)).extract().path("items.name");
        assertThat(all).containsExactly("分页 A", "分页 B", "分页 C", "分页 D", "分页 E");
        int[][] pagesAndSizes = {{1, 2}, {2, 2}, {3, 2}, {1, 5}, {2, 3}, {1, 1}, {4, 1}, {2, 4}};
        for (int[] asked : pagesAndSizes) {
            int from = Math.min(all.size(), (asked[0] - 1) * asked[1]);
            List<String> items = tenant.admin().queryParam("q", "分页").queryParam("sort", "name")
                    .queryParam("page", asked[0]).queryParam("size", asked[1]).get("/customers").then().statusCode(200)
                    .extract().path("items.name");
            assertThat(items).as("page %d of size %d", asked[0], asked[1])
                    .isEqualTo(all.subList(from, Math.min(all.size(), from + asked[1])));
        }
    }
}

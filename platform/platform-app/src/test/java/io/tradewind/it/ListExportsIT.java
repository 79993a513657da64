package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The lists that are not sales lists export too (ADR 0102): product categories, stages, calendar
 * days, assignment rules, web-to-lead forms, reminders and import jobs, each with its list's
 * filters, in the caller's language, to whoever may read the list and no one else.
 */
class ListExportsIT {

    @Test
    void productCategoriesExportByParentAndTextToReadersOfProducts() throws Exception {
        Api.TestTenant tenant = Api.signup();
        String devices = tenant.admin().body(Map.of("name", "Devices")).post("/product-categories").path("id");
        String imaging = tenant.admin().body(Map.of("name", "Imaging", "parentId", devices)).post("/product-categories")
                .then().statusCode(201).extract().path("id");
        tenant.admin().body(Map.of("name", "Consumables")).post("/product-categories").then().statusCode(201);

        List<List<String>> rows = csv(tenant.admin().header("Accept-Language", "zh-CN"), "/product-categories/export",
                "parentId", devices);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("ID", "名称", "上级分类", "创建时间");
        assertThat(rows.get(1)).containsSubsequence(imaging, "Imaging", devices);
        List<List<String>> consumables = csv(tenant.admin(), "/product-categories/export", "q", "Consum");
        assertThat(consumables).hasSize(2);
        assertThat(consumables.get(1).get(1)).isEqualTo("Consumables");

        Response xlsx = tenant.admin().queryParam("format", "xlsx").queryParam("sort", "-name").get("/product-categories/export");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("product-categories-"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Parent category");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Imaging");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Consumables");
        }
        tenant.admin().queryParam("format", "pdf").get("/product-categories/export").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        noPermissions(tenant).queryParam("format", "csv").get("/product-categories/export").then().statusCode(403);
    }

    @Test
    void stagesExportInPipelineOrderToReadersOfOpportunities() {
        Api.TestTenant tenant = Api.signup();
        List<List<String>> rows = csv(tenant.admin().header("Accept-Language", "zh-CN"), "/settings/opportunity-stages/export",
                null, null);
        List<Map<String, Object>> stages = tenant.admin().get("/settings/opportunity-stages").path("$");
        assertThat(rows).hasSize(stages.size() + 1);
        assertThat(rows.get(0)).contains("阶段名称", "赢率（%）");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(2))
                .containsExactlyElementsOf(stages.stream().map(stage -> (String) stage.get("name")).toList());
        assertThat(rows.get(1).get(2)).isEqualTo("初步接触");
        tenant.member("logistics", null).as().queryParam("format", "csv").get("/settings/opportunity-stages/export")
                .then().statusCode(403);
    }

    @Test
    void calendarDaysExportTheirRangeWithTheTenantsOwnEntries() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(Map.of("date", "2026-10-05", "kind", "regular", "name", "公司值班")).post("/calendar/days")
                .then().statusCode(201);
        tenant.admin().body(Map.of("date", "2026-12-05", "kind", "workday", "name", "年终盘点")).post("/calendar/days")
                .then().statusCode(201);

        Response csv = tenant.admin().queryParam("format", "csv").queryParam("from", "2026-10-01").queryParam("to", "2026-10-10")
                .get("/calendar/days/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        List<List<String>> rows = parse(csv);
        List<Object> listed = tenant.admin().queryParam("from", "2026-10-01").queryParam("to", "2026-10-10")
                .get("/calendar/days").path("date");
        assertThat(rows.get(0)).containsExactly("Date", "Kind", "Name", "Source", "ID");
        assertThat(rows.subList(1, rows.size())).extracting(row -> (Object) row.get(0)).containsExactlyElementsOf(listed);
        assertThat(rows).contains(List.of("2026-10-01", "holiday", "国庆节", "reference", ""))
                .anySatisfy(row -> assertThat(row).containsSequence("2026-10-05", "regular", "公司值班", "tenant"))
                .noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("2026-12-05"));
        tenant.admin().queryParam("from", "2026-10-10").queryParam("to", "2026-10-01").get("/calendar/days/export").then()
                .statusCode(400).body("errors.field", hasItem("to"));
        noPermissions(tenant).get("/calendar/days/export").then().statusCode(403);
    }

    @Test
    void assignmentRulesAndLeadFormsExportToReadersOfLeads() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String shanghai = tenant.admin().body(Map.of("name", "上海区域", "kind", "region", "priority", 1, "matchValue", "31",
                "userIds", List.of(rep.id()))).post("/lead-assignment-rules").then().statusCode(201).extract().path("id");
        tenant.admin().body(Map.of("name", "轮流", "kind", "round-robin", "userIds", List.of(rep.id())))
                .post("/lead-assignment-rules").then().statusCode(201);
        String fair = tenant.admin().body(Map.of("name", "展会表单", "minFillSeconds", 0)).post("/lead-forms").then()
                .statusCode(201).extract().path("id");
        tenant.admin().body(Map.of("name", "官网表单", "minFillSeconds", 0)).post("/lead-forms").then().statusCode(201);

        List<List<String>> rules = csv(rep.as().header("Accept-Language", "zh-CN"), "/lead-assignment-rules/export",
                "kind", "region");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0)).contains("名称", "分配方式", "匹配值");
        assertThat(rules.get(1)).containsSubsequence(shanghai, "上海区域", "region", "1", "true", "31");
        assertThat(rules.get(1)).contains(rep.id());
        List<List<String>> byPriority = csv(rep.as(), "/lead-assignment-rules/export", "sort", "-priority");
        assertThat(byPriority).hasSize(3);
        assertThat(byPriority.get(1).get(1)).isEqualTo("轮流");

        List<List<String>> forms = csv(rep.as(), "/lead-forms/export", "q", "展会");
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0)).contains("Name", "Submissions", "Submission address");
        assertThat(forms.get(1)).contains(fair, "展会表单");
        assertThat(csv(rep.as(), "/lead-forms/export", null, null)).hasSize(3);

        Api.Member finance = tenant.member("finance", null);
        finance.as().get("/lead-assignment-rules/export").then().statusCode(403);
        finance.as().get("/lead-forms/export").then().statusCode(403);
    }

    @Test
    void remindersExportOnlyTheCallersOwnByStatus() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        String done = rep.as().body(Map.of("title", "寄送样品", "dueAt", due)).post("/reminders").then().statusCode(201)
                .extract().path("id");
        rep.as().body(Map.of("title", "回访王主任", "detail", "确认报价", "dueAt", due)).post("/reminders").then().statusCode(201);
        rep.as().post("/reminders/" + done + "/done").then().statusCode(200);

        List<List<String>> rows = csv(rep.as().header("Accept-Language", "zh-CN"), "/reminders/export", "status", "pending");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("标题", "提醒时间", "状态");
        assertThat(rows.get(1)).contains("回访王主任", "确认报价", "custom", "pending");
        List<List<String>> finished = csv(rep.as(), "/reminders/export", "status", "done");
        assertThat(finished).hasSize(2);
        assertThat(finished.get(1)).contains(done, "寄送样品", "done");
        assertThat(csv(rep.as(), "/reminders/export", null, null)).hasSize(3);
        assertThat(csv(other.as(), "/reminders/export", null, null)).hasSize(1);
        Api.anonymous().get("/reminders/export").then().statusCode(401);
    }

    @Test
    void importJobsExportToImportersWithinTheirScope() {
        Api.TestTenant tenant = Api.signup();
        String job = tenant.admin().contentType("multipart/form-data")
                .multiPart("file", "expo-leads.csv", "name,phone\n钱七,13800138007\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/leads/imports").then().statusCode(202).extract().path("id");

        List<List<String>> rows = csv(tenant.admin(), "/leads/imports/export", "sort", "createdAt");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("File", "Processed", "Failed");
        assertThat(rows.get(1)).contains(job, "expo-leads.csv");
        assertThat(csv(tenant.member("sales-assistant", null).as(), "/leads/imports/export", null, null)).hasSize(1);
        tenant.member("sales-rep", null).as().get("/leads/imports/export").then().statusCode(403);
    }

    /** A member whose role reads users and nothing else. */
    private static RequestSpecification noPermissions(Api.TestTenant tenant) {
        tenant.admin().body(Map.of("code", "users-only", "name", "只读用户", "permissions", List.of("users.read"),
                "dataScope", "all")).post("/roles").then().statusCode(201);
        return tenant.member("users-only", null).as();
    }

    private static List<List<String>> csv(RequestSpecification caller, String export, String param, String value) {
        RequestSpecification request = caller.queryParam("format", "csv");
        if (param != null) {
            request.queryParam(param, value);
        }
        Response response = request.get(export);
        response.then().statusCode(200).contentType(containsString("text/csv"));
        return parse(response);
    }

    private static List<List<String>> parse(Response csv) {
        return CustomersIT.parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }
}

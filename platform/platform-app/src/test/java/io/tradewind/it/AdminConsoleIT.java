package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The console's lead import wizard and sales settings screens in a real browser (H2 only, as
 * ConsoleIT): a tenant admin imports a CSV with a bad row and downloads the error report, edits a
 * stage's checklist and meets it on the kanban's move dialog, adds a region assignment rule whose rep
 * then owns a new lead of that region, and changes the grading rules so that a customer is graded
 * anew with the rule's name as the reason. Screenshots go to target/screenshots (admin-*.png).
 */
class AdminConsoleIT {

    private static final String ZH = "zh-CN,zh";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(ZH);
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = SESSION.browser();
    }

    private static void signIn(String email) {
        browser.signIn(email, PASSWORD, "/app/my-day");
    }

    @Test
    void anAdminImportsLeadsThroughTheWizardAndDownloadsTheErrorReport() throws IOException {
        Api.TestTenant tenant = Api.signup();
        String tag = unique("i").substring(0, 6);
        Path csv = Files.createTempFile("leads-", ".csv");
        Files.writeString(csv, "\uFEFF客户姓名,单位名称,手机,邮箱,备注\r\n"
                + "导入甲" + tag + ",第一医院" + tag + ",13900000001,a" + tag + "@example.com,要彩超\r\n"
                + "导入乙" + tag + ",第二医院" + tag + ",13900000002,not-an-email,坏行\r\n"
                + "导入丙" + tag + ",第三医院" + tag + ",13900000003,,\r\n", StandardCharsets.UTF_8);
        signIn(tenant.adminEmail());

        browser.open("/#/app/leads").click("[data-testid=import-leads]");
        browser.await("[data-testid=import-file-step]");
        browser.screenshot("admin-01-import-file");
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=import-file]")).sendKeys(csv.toString());

        // The columns are matched by their Chinese labels; the unknown one is ignored
        browser.await("[data-testid=import-mapping-step]");
        assertThat(browser.text("[data-testid='map-客户姓名']")).contains("姓名");
        assertThat(browser.text("[data-testid='map-单位名称']")).contains("公司");
        assertThat(browser.text("[data-testid='map-手机']")).contains("电话");
        assertThat(browser.text("[data-testid='map-邮箱']")).contains("邮箱");
        assertThat(browser.text("[data-testid='map-备注']")).contains("备注");
        browser.screenshot("admin-02-import-mapping");
        browser.click("[data-testid=import-next]");
        browser.await("[data-testid=import-duplicates-step]");
        browser.click("[data-testid=duplicates-merge]");
        browser.screenshot("admin-03-import-duplicates");
        browser.click("[data-testid=import-start]");

        // Progress until done: two leads made, the bad e-mail row failed
        browser.await("[data-testid=import-run-step][data-status=completed]");
        assertThat(browser.text("[data-count=created]")).isEqualTo("2");
        assertThat(browser.text("[data-count=failed]")).isEqualTo("1");
        assertThat(browser.text("[data-count=processed]")).isEqualTo("3");
        browser.screenshot("admin-04-import-done");

        // The error report, downloaded through the console with the session, names the row
        browser.script("""
                window.__reports = [];
                const original = URL.createObjectURL;
                URL.createObjectURL = (blob) => { window.__reports.push(blob); return original.call(URL, blob); };
                """);
        browser.click("[data-testid=import-report]");
        browser.awaitTrue("return window.__reports.length === 1");
        String report = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.__reports[0].text().then(done);");
        assertThat(report).contains("3,email,not-an-email");
        assertThat(report.lines().count()).isEqualTo(2);

        browser.click("[data-testid=import-close]");
        browser.awaitGone("[data-testid=import-run-step]");
        String table = browser.awaitText("[data-testid=lead-table]", "导入甲" + tag);
        assertThat(table).contains("导入丙" + tag).doesNotContain("导入乙" + tag);
        browser.screenshot("admin-05-imported-leads");

        // A file that is not CSV or XLSX is refused before any upload, with the reason
        Path text = Files.createTempFile("leads-", ".pdf");
        Files.writeString(text, "%PDF");
        browser.click("[data-testid=import-leads]");
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=import-file]")).sendKeys(text.toString());
        assertThat(browser.awaitText("[data-testid=import-file-step] [data-testid=problem]", ".pdf")).contains("CSV");

        // An Excel file with English headers (shared strings, as Excel writes them); a duplicate is skipped
        Path xlsx = Files.createTempFile("leads-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("Leads");
            List<List<String>> rows = List.of(List.of("Name", "Company", "Mobile", "Product line"),
                    List.of("Li Lei", "第一医院" + tag, "13900000001", "彩超"),
                    List.of("Han Meimei", "Fourth Hospital " + tag, "13900000004", "监护仪"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=import-file]")).sendKeys(xlsx.toString());
        browser.await("[data-testid=import-mapping-step]");
        assertThat(browser.text("[data-testid='map-Name']")).contains("姓名");
        assertThat(browser.text("[data-testid='map-Company']")).contains("公司");
        assertThat(browser.text("[data-testid='map-Mobile']")).contains("电话");
        assertThat(browser.text("[data-testid='map-Product line']")).contains("产品线");
        browser.click("[data-testid=import-next]");
        browser.click("[data-testid=duplicates-skip]");
        browser.click("[data-testid=import-start]");
        browser.await("[data-testid=import-run-step][data-status=completed]");
        assertThat(browser.text("[data-count=created]")).isEqualTo("1");
        assertThat(browser.text("[data-count=skipped]")).isEqualTo("1");
        browser.await("[data-testid=import-status]");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=import-report]"))).isEmpty();
        browser.click("[data-testid=import-close]");
        browser.awaitText("[data-testid=lead-table]", "Han Meimei");
    }

    @Test
    void aStageChecklistEditedByTheAdminIsAskedForOnTheKanban() {
        Api.TestTenant tenant = Api.signup();
        String customerId = tenant.admin().body(Map.of("name", "看板医院" + unique("k").substring(0, 6)))
                .post("/customers").then().statusCode(201).extract().path("id");
        String opportunity = "监护仪项目" + unique("o").substring(0, 6);
        tenant.admin().body(Map.of("name", opportunity, "customerId", customerId, "amount", 50000))
                .post("/opportunities").then().statusCode(201);
        signIn(tenant.adminEmail());

        browser.open("/#/app/admin/pipeline-stages");
        assertThat(browser.awaitText("[data-testid=stage-table]", "需求分析")).contains("初步接触").contains("已确认客户需求");
        browser.screenshot("admin-06-stages");
        browser.click("[data-testid=edit-stage-1]");
        browser.fill("[data-testid=stage-form] textarea[name=entryChecklist]", "已完成需求调研");
        browser.fill("[data-testid=stage-form] .el-input-number input", "30");
        browser.screenshot("admin-07-stage-edit");
        browser.click("[data-testid=stage-save]");
        browser.awaitGone("[data-testid=stage-form]");
        assertThat(browser.awaitText("[data-testid=stage-table]", "已完成需求调研")).contains("30%");

        // Reordered with the keyboard-accessible controls: 方案演示 up before 需求分析, and back
        browser.click("[data-testid=stage-up-2]");
        browser.awaitTrue("return document.querySelectorAll('[data-stage-row]')[1].dataset.stageRow === '方案演示'");
        browser.click("[data-testid=stage-down-1]");
        browser.awaitTrue("return document.querySelectorAll('[data-stage-row]')[1].dataset.stageRow === '需求分析'");

        // The kanban's move to 需求分析 now asks for the new item, and the API refuses without it
        browser.open("/#/app/opportunities");
        String card = ".kanban-column[data-stage='初步接触'] [data-opportunity='" + opportunity + "']";
        browser.click(card + " [data-testid=move-opportunity]");
        browser.awaitText("[data-testid=move-checklist]", "已完成需求调研");
        browser.click("[data-testid=move-save]");
        assertThat(browser.awaitText("[data-testid=move-form] [data-testid=problem]", "已完成需求调研")).isNotBlank();
        browser.screenshot("admin-08-kanban-checklist");
        browser.clickText("[data-testid=move-checklist] .el-checkbox__label", "已完成需求调研");
        browser.click("[data-testid=move-save]");
        browser.await(".kanban-column[data-stage='需求分析'] [data-opportunity='" + opportunity + "']");
        browser.awaitGone("[data-testid=move-form]");

        // On a phone the settings screen fits the width (the table scrolls within itself)
        browser.size(390, 844).open("/#/app/admin/pipeline-stages");
        browser.awaitText("[data-testid=stage-table]", "已完成需求调研");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
        browser.screenshot("admin-15-phone-stages");
        browser.size(1280, 900);
    }

    @Test
    void aRegionAssignmentRuleGivesTheRegionsNewLeadToTheChosenRep() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String repName = tenant.admin().get("/users/" + rep.id()).then().statusCode(200).extract().path("name");
        signIn(tenant.adminEmail());

        browser.open("/#/app/admin/assignment-rules").click("[data-testid=add-assignment-rule]");
        String rule = "南京地区" + unique("r").substring(0, 6);
        browser.fill("[data-testid=assignment-form] input[name=name]", rule);
        browser.click("[data-testid=assignment-kind] [data-kind=region]");
        browser.fill("[data-testid=assignment-form] input[name=matchValue]", "3201");
        browser.click("[data-testid=assignment-users]");
        browser.clickText(".el-select-dropdown__item", repName);
        browser.click("[data-testid=assignment-form] input[name=name]"); // closes the list of reps
        browser.screenshot("admin-09-assignment-rule");
        browser.click("[data-testid=assignment-save]");
        browser.awaitGone("[data-testid=assignment-form]");
        assertThat(browser.awaitText("[data-testid=assignment-table]", rule)).contains("3201").contains(repName);
        browser.screenshot("admin-10-assignment-rules");

        // A lead of 南京 (320102) goes to the rep; one of elsewhere does not
        String lead = "南京线索" + unique("l").substring(0, 6);
        String owner = tenant.admin().body(Map.of("name", lead, "source", "website", "regionCode", "320102"))
                .post("/leads").then().statusCode(201).extract().path("ownerId");
        assertThat(owner).isEqualTo(rep.id());
        String other = tenant.admin().body(Map.of("name", "广州线索" + unique("g").substring(0, 6), "source", "website",
                "regionCode", "440103")).post("/leads").then().statusCode(201).extract().path("ownerId");
        assertThat(other).isNotEqualTo(rep.id());

        // The rep sees it in their own inbox
        signIn(rep.email());
        assertThat(browser.open("/#/app/leads").awaitText("[data-testid=lead-table]", lead)).doesNotContain("广州线索");

        // Disabled, the rule no longer assigns
        signIn(tenant.adminEmail());
        browser.open("/#/app/admin/assignment-rules").click("[data-testid='rule-enabled-" + rule + "']");
        browser.awaitTrue("return !document.querySelector(\"[data-testid='rule-enabled-" + rule + "']\").classList.contains('is-checked')");
        String later = tenant.admin().body(Map.of("name", "又一南京线索", "source", "website", "regionCode", "320102"))
                .post("/leads").then().statusCode(201).extract().path("ownerId");
        assertThat(later).isNotEqualTo(rep.id());
    }

    @Test
    void changedGradingRulesGradeACustomerAnewWithTheRuleAsReason() {
        Api.TestTenant tenant = Api.signup();
        // Large but young: the default rules give C
        String customerId = tenant.admin().body(Map.of("name", "新建大医院" + unique("c").substring(0, 6),
                        "companySize", 800, "yearsInBusiness", 1, "teamSize", 3))
                .post("/customers").then().statusCode(201).extract().path("id");
        assertThat(tenant.admin().get("/customers/" + customerId).then().extract().<String>path("grade")).isEqualTo("C");
        signIn(tenant.adminEmail());

        browser.open("/#/app/admin/grading-rules");
        browser.await("[data-testid=grading-rule-0]");
        browser.screenshot("admin-11-grading-rules");
        String rule = "规模500人以上的大型机构";
        browser.fill("[data-testid=grading-rule-0] input[name=ruleName]", rule);
        browser.fill("[data-testid=grading-rule-0] input[name=minCompanySize]", "500");
        clearNumber("[data-testid=grading-rule-0] input[name=minYearsInBusiness]");
        clearNumber("[data-testid=grading-rule-0] input[name=minTeamSize]");
        browser.click("[data-testid=grading-save]");
        browser.await(".el-message--success");
        browser.screenshot("admin-12-grading-saved");
        Map<String, Object> saved = tenant.admin().get("/settings/grading-rules").then().statusCode(200)
                .extract().path("rules[0]");
        assertThat(saved).containsEntry("name", rule).containsEntry("minCompanySize", 500)
                .doesNotContainKeys("minYearsInBusiness", "minTeamSize");

        // The customer 360°: graded again by the rules, A with the rule's name as the reason
        browser.open("/#/app/customers/" + customerId);
        assertThat(browser.text("[data-testid=customer-grade]")).contains("C");
        browser.click("[data-testid=customer-regrade]");
        browser.awaitText("[data-testid=customer-grade]", "A");
        assertThat(browser.awaitText("[data-testid=customer-grade-reason]", rule)).contains(rule);
        browser.screenshot("admin-13-customer-regraded");

        // The shared pool rules are saved the same way
        browser.open("/#/app/admin/pool-rules");
        browser.await("[data-testid=pool-form]");
        browser.fill("[data-testid=pool-form] input[name=noFollowUpDays]", "45");
        browser.click("[data-testid=pool-save]");
        browser.await(".el-message--success");
        assertThat(tenant.admin().get("/settings/pool-rules").then().extract().<Integer>path("noFollowUpDays")).isEqualTo(45);
        browser.screenshot("admin-14-pool-rules");
    }

    /** An el-input-number emptied (its value then is null): select all, delete, leave the field. */
    private static void clearNumber(String css) {
        browser.await(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    }
}

package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's sales screens in a real browser against the integration-test server (H2 only, as
 * ConsoleIT): a company signs up, creates a lead, converts it, moves the opportunity along the
 * kanban (with its Move control, then by dragging onto a stage whose checklist must be ticked) and
 * sees it on the dashboard. Screenshots of each screen go to target/screenshots (sales-*.png).
 */
class SalesConsoleIT {

    private static final String ZH = "zh-CN,zh";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(ZH);
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = SESSION.browser();
    }

    @Test
    void aLeadBecomesAnOpportunityThatMovesAlongTheKanbanOntoTheDashboard() {
        browser.forget().open("/#/signup");
        String company = "华康医疗 " + unique("co");
        browser.fill("[data-testid=signup-form] input[name=companyName]", company)
                .fill("[data-testid=signup-form] input[name=adminName]", "王经理")
                .fill("[data-testid=signup-form] input[name=email]", unique("admin") + "@huakang.test")
                .fill("[data-testid=signup-form] input[name=password]", PASSWORD);
        browser.click("[data-testid=signup-submit]").awaitRoute("/app/my-day");
        browser.await("[data-testid=awaiting-feedback]");
        browser.await("[data-testid=follow-ups-due]");
        browser.await("[data-testid=returning-to-pool]");
        browser.screenshot("sales-01-my-day");

        // A lead, created in the inbox
        String lead = "张伟" + unique("l").substring(0, 6);
        String leadCompany = "市人民医院" + unique("h").substring(0, 6);
        browser.open("/#/app/leads").click("[data-testid=add-lead]");
        browser.fill("[data-testid=lead-form] input[name=name]", lead)
                .fill("[data-testid=lead-form] input[name=companyName]", leadCompany)
                .fill("[data-testid=lead-form] input[name=phone]", "13800138000")
                .fill("[data-testid=lead-form] input[name=productLine]", "彩超");
        browser.screenshot("sales-02-new-lead");
        browser.click("[data-testid=lead-save]");
        browser.awaitText("[data-testid=lead-detail] .el-drawer__header", lead);
        browser.fill("[data-testid=inquiry-form] input[name=summary]", "来电咨询彩超代理政策");
        browser.click("[data-testid=inquiry-save]");
        browser.awaitText("[data-testid=lead-inquiries]", "来电咨询彩超代理政策");
        browser.click("[data-testid=log-call]");
        browser.fill("[data-testid=activity-form] input[name=subject]", "电话沟通需求");
        browser.click("[data-testid=activity-save]");
        browser.awaitText("[data-testid=lead-activities]", "电话沟通需求");
        browser.screenshot("sales-03-lead-detail");
        browser.click("[data-testid=lead-detail] .el-drawer__close-btn");
        browser.awaitGone(".el-drawer");
        assertThat(browser.text("[data-testid=lead-table]")).contains(lead).contains(leadCompany);
        browser.screenshot("sales-04-leads");

        // Converted: customer, contact and opportunity; the console opens the kanban
        browser.clickText("[data-testid=lead-table] td span", lead);
        browser.click("[data-testid=convert-lead]");
        browser.fill("[data-testid=convert-form] .el-input-number input", "120000");
        browser.screenshot("sales-05-convert");
        browser.click("[data-testid=convert-save]").awaitRoute("/app/opportunities");
        String card = "[data-opportunity^='" + leadCompany + "']";
        browser.await(".kanban-column[data-stage='初步接触'] " + card);
        assertThat(browser.text(".kanban-column[data-stage='初步接触'] [data-testid=stage-total]")).contains("120,000");
        browser.screenshot("sales-06-kanban");

        // The keyboard-accessible Move control: to the next stage, which asks for nothing
        browser.click(".kanban-column[data-stage='初步接触'] " + card + " [data-testid=move-opportunity]");
        browser.await("[data-testid=move-form]");
        browser.click("[data-testid=move-save]");
        browser.await(".kanban-column[data-stage='需求分析'] " + card);

        // Dragged onto 方案演示, whose entry checklist is not ticked: the dialog asks, the API refuses without it
        browser.script("""
                const card = document.querySelector(arguments[0]);
                const column = document.querySelector(".kanban-column[data-stage='方案演示']");
                const data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
                column.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
                column.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
                """, ".kanban-column[data-stage='需求分析'] " + card);
        browser.awaitText("[data-testid=move-checklist]", "已确认客户需求");
        browser.click("[data-testid=move-save]");
        assertThat(browser.await("[data-testid=move-form] [data-testid=problem]").getAttribute("data-problem-type"))
                .isEqualTo("conflict");
        assertThat(browser.text("[data-testid=move-form] [data-testid=problem]")).contains("已确认客户需求");
        browser.screenshot("sales-07-move-checklist");
        browser.clickText("[data-testid=move-checklist] .el-checkbox__label", "已确认客户需求");
        browser.click("[data-testid=move-save]");
        browser.await(".kanban-column[data-stage='方案演示'] " + card);
        browser.awaitGone("[data-testid=move-form]");
        browser.screenshot("sales-08-kanban-moved");

        browser.click("[data-testid=view-list]");
        assertThat(browser.awaitText("[data-testid=opportunity-table]", leadCompany)).contains("方案演示");
        browser.screenshot("sales-09-opportunity-list");

        // The dashboard shows it in its stage
        browser.open("/#/app/dashboard");
        assertThat(browser.awaitText("[data-testid=dashboard-pipeline] [data-stage='方案演示']", "120,000"))
                .contains("1 ·");
        assertThat(browser.awaitText("[data-testid=dashboard-sources]", "官网")).contains("1");
        browser.screenshot("sales-10-dashboard");

        // The lead is marked converted
        browser.open("/#/app/leads");
        // the status is a tag that zooms in; WebDriver leaves out its text until it is visible, so wait for it
        assertThat(browser.awaitText("[data-testid=lead-table]", "已转化")).contains(lead);

        // The customer 360° with the converted contact and the opportunity, and the customer list
        browser.open("/#/app/customers");
        browser.clickText("[data-testid=customer-table] td span", leadCompany);
        assertThat(browser.awaitText("[data-testid=customer-contacts]", lead)).contains(lead);
        assertThat(browser.awaitText("[data-testid=customer-opportunities]", "方案演示")).contains(leadCompany);
        browser.await("[data-testid=customer-grade]");
        browser.screenshot("sales-11-customer-360");
        browser.open("/#/app/pool").await("h1");
        browser.screenshot("sales-12-pool");

        // On a phone the board stacks its columns
        browser.size(390, 844).open("/#/app/opportunities");
        browser.await(".kanban-column[data-stage='方案演示'] " + card);
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
        browser.screenshot("sales-13-phone-kanban");
        browser.size(1280, 900);
    }
}

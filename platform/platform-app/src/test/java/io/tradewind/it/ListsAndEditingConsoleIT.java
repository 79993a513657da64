package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The sales lists and edit forms in a real browser (H2 only, as the other browser tests): the lead,
 * contact and opportunity lists filter by number and date custom field ranges (a reversed range shows
 * the API's message at the filter; the export asks for the list's filters); a customer, a lead and an opportunity are edited through their
 * drawers (a validation message at the field, a 412 when someone else changed the record, offering the
 * latest version); a customer is tagged in its form and the customer, contact and kanban filter bars
 * filter by tag; a tenant admin sets the time zone. Screenshots: target/screenshots/lists-*.png.
 */
class ListsAndEditingConsoleIT {

    private static final String ZH = "zh-CN,zh";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(ZH);
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = SESSION.browser();
    }

    @Test
    void listsFilterByCustomFieldRanges() {
        Api.TestTenant tenant = Api.signup();
        for (String entity : List.of("lead", "contact", "opportunity")) {
            defineRangeFields(tenant, entity);
        }
        String customer = tenant.admin().body(Map.of("name", unique("区间客户"))).post("/customers").then().statusCode(201)
                .extract().path("id");
        String suffix = unique("").substring(0, 5);
        String smallLead = "小线索" + suffix;
        String largeLead = "大线索" + suffix;
        create(tenant, "/leads", Map.of("name", smallLead, "source", "website"), 10, "2026-01-10");
        create(tenant, "/leads", Map.of("name", largeLead, "source", "website"), 900, "2026-03-10");
        String earlyContact = "早联系人" + suffix;
        String lateContact = "晚联系人" + suffix;
        create(tenant, "/contacts", Map.of("name", earlyContact, "customerId", customer), 10, "2026-01-10");
        create(tenant, "/contacts", Map.of("name", lateContact, "customerId", customer), 900, "2026-03-10");
        String smallDeal = "小商机" + suffix;
        String largeDeal = "大商机" + suffix;
        create(tenant, "/opportunities", Map.of("name", smallDeal, "customerId", customer, "amount", 1000), 10, "2026-01-10");
        create(tenant, "/opportunities", Map.of("name", largeDeal, "customerId", customer, "amount", 2000), 900, "2026-03-10");

        browser.signIn(tenant.adminEmail(), PASSWORD, "/app/my-day");

        // Leads: 床位数 from 100 keeps the large lead only
        browser.open("/#/app/leads");
        browser.awaitText("[data-testid=lead-table]", smallLead);
        browser.await("[data-testid=lead-filters] input[name='cf.beds.from']").sendKeys("100", Keys.ENTER);
        awaitRowsWithout("lead-table", smallLead);
        assertThat(browser.text("[data-testid=lead-table]")).contains(largeLead).doesNotContain(smallLead);
        browser.screenshot("lists-01-leads-number-range");

        // A range that ends before it starts: the API's message shows at the filter
        browser.await("[data-testid=lead-filters] input[name='cf.beds.to']").sendKeys("50", Keys.ENTER);
        String reversed = tenant.admin().header("Accept-Language", "zh-CN").queryParam("cf.beds.from", "100")
                .queryParam("cf.beds.to", "50").get("/leads").then().statusCode(400).extract()
                .path("errors.find { it.field == 'cf.beds.to' }.message");
        assertThat(browser.awaitText("[data-custom-filter=beds] .el-form-item__error", reversed)).isEqualTo(reversed);
        browser.screenshot("lists-02-leads-reversed-range");

        // Contacts: 拜访日期 up to 2026-02-01 keeps the early contact only
        browser.open("/#/app/contacts");
        browser.awaitText("[data-testid=contact-table]", lateContact);
        browser.await("[data-testid=contact-filters] input[name='cf.visitDate.to']").sendKeys("2026-02-01", Keys.ENTER);
        awaitRowsWithout("contact-table", lateContact);
        assertThat(browser.text("[data-testid=contact-table]")).contains(earlyContact).doesNotContain(lateContact);
        browser.screenshot("lists-03-contacts-date-range");
        // Its export asks for the same filters
        browser.click("[data-testid=contacts-export-button]");
        browser.clickText(".el-dropdown-menu__item", "CSV");
        browser.awaitTrue("return performance.getEntriesByType('resource').some((r) => r.name.includes('/api/v1/contacts/export?')"
                + " && r.name.includes('format=csv') && r.name.includes('cf.visitDate.to=2026-02-01') && !r.name.includes('page='))");

        // Opportunities (list view): 床位数 up to 100 and 拜访日期 from 2026-01-01 keep the small deal only
        browser.open("/#/app/opportunities");
        browser.click("[data-testid=view-list]");
        browser.awaitText("[data-testid=opportunity-table]", largeDeal);
        browser.await("input[name='cf.visitDate.from']").sendKeys("2026-01-01", Keys.ENTER);
        browser.await("input[name='cf.beds.to']").sendKeys("100", Keys.ENTER);
        awaitRowsWithout("opportunity-table", largeDeal);
        assertThat(browser.text("[data-testid=opportunity-table]")).contains(smallDeal).doesNotContain(largeDeal);
        browser.screenshot("lists-04-opportunities-ranges");
    }

    @Test
    void recordsAreEditedInTheirFormsAndAStaleEditOffersTheLatestVersion() {
        Api.TestTenant tenant = Api.signup();
        defineRangeFields(tenant, "customer");
        String name = unique("编辑客户");
        String customer = tenant.admin().body(Map.of("name", name, "industry", "零售")).post("/customers").then()
                .statusCode(201).extract().path("id");
        browser.signIn(tenant.adminEmail(), PASSWORD, "/app/my-day");

        // An invalid company size: the API's message at the field
        browser.open("/#/app/customers/" + customer);
        browser.awaitText("[data-testid=customer-name]", name);
        browser.click("[data-testid=edit-customer]");
        browser.fill("[data-testid=customer-edit-form] input[name=companySize]", "-5");
        browser.click("[data-testid=customer-edit-save]");
        String sizeMessage = tenant.admin().header("Accept-Language", "zh-CN").header("If-Match", etag(tenant, "/customers/" + customer))
                .body(Map.of("companySize", -5)).patch("/customers/" + customer).then().statusCode(400).extract()
                .path("errors.find { it.field == 'companySize' }.message");
        assertThat(browser.awaitText("[data-testid=customer-edit-form] [data-field=companySize] .el-form-item__error", sizeMessage))
                .isEqualTo(sizeMessage);
        browser.screenshot("lists-05-customer-edit-invalid");

        // Fixed, with an industry and a custom field value: saved, shown on the 360°
        browser.fill("[data-testid=customer-edit-form] input[name=companySize]", "250")
                .fill("[data-testid=customer-edit-form] input[name=industry]", "医疗器械")
                .fill("[data-testid=customer-edit-form] input[name='cf.beds']", "800");
        browser.click("[data-testid=customer-edit-save]");
        browser.awaitGone("[data-testid=customer-edit-form]");
        browser.awaitText(".customer-360 .facts", "医疗器械");
        Map<String, Object> saved = tenant.admin().get("/customers/" + customer).then().statusCode(200).extract().path("");
        assertThat(saved).containsEntry("companySize", 250).containsEntry("industry", "医疗器械").containsEntry("name", name);
        assertThat((Map<String, Object>) saved.get("customFields")).containsEntry("beds", 800);
        browser.screenshot("lists-06-customer-edited");
        // The drawer covers the custom fields: the 360° has no separate custom-fields-only editor any more
        browser.awaitText("[data-custom-value=beds]", "800");
        assertThat(browser.script("return document.querySelectorAll(\"[data-testid^='edit-customer-fields'], "
                + "[data-testid^='edit-contact-fields'], [data-testid^='edit-opportunity-fields']\").length")).isEqualTo(0L);

        // Someone else renames the customer while the form is open: 412, the form offers the latest version
        browser.click("[data-testid=edit-customer]");
        browser.await("[data-testid=customer-edit-form] textarea[name=needs]");
        String renamed = name + "（集团）";
        tenant.admin().header("If-Match", etag(tenant, "/customers/" + customer)).body(Map.of("name", renamed))
                .patch("/customers/" + customer).then().statusCode(200);
        browser.fill("[data-testid=customer-edit-form] textarea[name=needs]", "64 排 CT");
        browser.click("[data-testid=customer-edit-save]");
        browser.await("[data-testid=customer-edit-form] [data-testid=problem-reload]");
        assertThat(browser.text("[data-testid=customer-edit-form] [data-testid=problem]"))
                .contains(tenant.admin().header("Accept-Language", "zh-CN").header("If-Match", "\"0\"").body(Map.of("needs", "x"))
                        .patch("/customers/" + customer).then().statusCode(412).extract().<String>path("detail"));
        browser.screenshot("lists-07-customer-edit-stale");
        browser.click("[data-testid=customer-edit-form] [data-testid=problem-reload]");
        browser.awaitTrue("const input = document.querySelector(\"[data-testid=customer-edit-form] input[name=name]\"); "
                + "return !!input && input.value === '" + renamed + "' && !document.querySelector('[data-testid=customer-edit-form] [data-testid=problem]')");
        browser.fill("[data-testid=customer-edit-form] textarea[name=needs]", "64 排 CT");
        browser.click("[data-testid=customer-edit-save]");
        browser.awaitGone("[data-testid=customer-edit-form]");
        Map<String, Object> both = tenant.admin().get("/customers/" + customer).then().statusCode(200).extract().path("");
        assertThat(both).containsEntry("name", renamed).containsEntry("needs", "64 排 CT").containsEntry("companySize", 250);

        // A lead: company and status, in the lead's drawer
        String lead = unique("编辑线索");
        String leadId = tenant.admin().body(Map.of("name", lead, "source", "website")).post("/leads").then().statusCode(201)
                .extract().path("id");
        browser.open("/#/app/leads");
        browser.click("[data-lead='" + lead + "']");
        browser.click("[data-testid=edit-lead]");
        browser.fill("[data-testid=lead-edit-form] input[name=companyName]", "华东医疗器械有限公司");
        browser.click("[data-testid=lead-edit-form] [data-field=status] .el-select");
        browser.clickText(".el-select-dropdown__item", "有效");
        browser.screenshot("lists-08-lead-edit");
        browser.click("[data-testid=lead-edit-save]");
        browser.awaitGone("[data-testid=lead-edit-form]");
        Map<String, Object> editedLead = tenant.admin().get("/leads/" + leadId).then().statusCode(200).extract().path("");
        assertThat(editedLead).containsEntry("companyName", "华东医疗器械有限公司").containsEntry("status", "qualified");

        // An opportunity from the list view: its amount
        String deal = unique("编辑商机");
        String dealId = tenant.admin().body(Map.of("name", deal, "customerId", customer, "amount", 1000)).post("/opportunities")
                .then().statusCode(201).extract().path("id");
        browser.open("/#/app/opportunities");
        browser.click("[data-testid=view-list]");
        browser.awaitText("[data-testid=opportunity-table]", deal);
        browser.click("[data-testid=edit-opportunity-" + dealId + "]");
        browser.fill("[data-testid=opportunity-edit-form] input[name=amount]", "125000");
        browser.click("[data-testid=opportunity-edit-save]");
        browser.awaitGone("[data-testid=opportunity-edit-form]");
        assertThat(tenant.admin().get("/opportunities/" + dealId).then().statusCode(200).extract().<Number>path("amount").intValue())
                .isEqualTo(125000);

        // The same drawer from the opportunity's kanban card
        browser.click("[data-testid=view-kanban]");
        browser.click("[data-testid=edit-card-" + dealId + "]");
        browser.fill("[data-testid=opportunity-edit-form] input[name=amount]", "130000");
        browser.screenshot("lists-08b-kanban-card-edit");
        browser.click("[data-testid=opportunity-edit-save]");
        browser.awaitGone("[data-testid=opportunity-edit-form]");
        assertThat(tenant.admin().get("/opportunities/" + dealId).then().statusCode(200).extract().<Number>path("amount").intValue())
                .isEqualTo(130000);
    }

    @Test
    void aCustomerIsTaggedInItsFormAndTheListsFilterByTag() {
        Api.TestTenant tenant = Api.signup();
        String suffix = unique("").substring(0, 5);
        String tag = "重点" + suffix;
        String tagged = "标签客户" + suffix;
        String other = "其他客户" + suffix;
        String customer = tenant.admin().body(Map.of("name", tagged)).post("/customers").then().statusCode(201)
                .extract().path("id");
        String otherId = tenant.admin().body(Map.of("name", other)).post("/customers").then().statusCode(201)
                .extract().path("id");
        browser.signIn(tenant.adminEmail(), PASSWORD, "/app/my-day");

        // The tag is typed into the customer's edit form and saved
        browser.open("/#/app/customers/" + customer);
        browser.awaitText("[data-testid=customer-name]", tagged);
        browser.click("[data-testid=edit-customer]");
        browser.click("[data-testid=customer-edit-form] [data-field=tags] .el-select");
        browser.await("[data-testid=customer-edit-form] [data-field=tags] .el-select input").sendKeys(tag, Keys.ENTER);
        browser.awaitText("[data-testid=customer-edit-form] [data-field=tags] .el-select__selection", tag);
        browser.screenshot("lists-10-customer-tag-input");
        browser.click("[data-testid=customer-edit-save]");
        browser.awaitGone("[data-testid=customer-edit-form]");
        assertThat(tenant.admin().get("/customers/" + customer).then().statusCode(200).extract().<List<String>>path("tags"))
                .containsExactly(tag);
        browser.awaitText("[data-testid=customer-tags]", tag);

        // The customer list shows the tag and filters by it; Reset brings the others back
        browser.open("/#/app/customers");
        browser.awaitText("[data-testid=customer-table]", other);
        assertThat(browser.text("[data-testid=customer-table]")).contains(tag);
        browser.await("[data-testid=customer-filters] input[name=tag]").sendKeys(tag, Keys.ENTER);
        awaitRowsWithout("customer-table", other);
        assertThat(browser.text("[data-testid=customer-table]")).contains(tagged).doesNotContain(other);
        browser.screenshot("lists-11-customers-by-tag");
        browser.click("[data-testid=customer-filters] [data-testid=filters-reset]");
        browser.awaitText("[data-testid=customer-table]", other);

        // Contacts and the opportunity kanban filter by tag through the same bar
        String taggedContact = "标签联系人" + suffix;
        String otherContact = "其他联系人" + suffix;
        tenant.admin().body(Map.of("name", taggedContact, "customerId", customer, "tags", List.of(tag))).post("/contacts")
                .then().statusCode(201);
        tenant.admin().body(Map.of("name", otherContact, "customerId", otherId)).post("/contacts").then().statusCode(201);
        browser.open("/#/app/contacts");
        browser.awaitText("[data-testid=contact-table]", otherContact);
        browser.await("[data-testid=contact-filters] input[name=tag]").sendKeys(tag, Keys.ENTER);
        awaitRowsWithout("contact-table", otherContact);
        assertThat(browser.text("[data-testid=contact-table]")).contains(taggedContact).contains(tag);

        String taggedDeal = "标签商机" + suffix;
        String otherDeal = "其他商机" + suffix;
        tenant.admin().body(Map.of("name", taggedDeal, "customerId", customer, "amount", 1000, "tags", List.of(tag))).post("/opportunities")
                .then().statusCode(201);
        tenant.admin().body(Map.of("name", otherDeal, "customerId", otherId, "amount", 1000)).post("/opportunities").then().statusCode(201);
        browser.open("/#/app/opportunities");
        browser.awaitText("[data-testid=kanban]", otherDeal);
        browser.await("[data-testid=opportunity-filters] input[name=tag]").sendKeys(tag, Keys.ENTER);
        awaitRowsWithout("kanban", otherDeal);
        assertThat(browser.text("[data-testid=kanban]")).contains(taggedDeal).contains(tag);
        browser.screenshot("lists-12-kanban-by-tag");
    }

    @Test
    void aTenantAdminSetsTheTimeZone() {
        Api.TestTenant tenant = Api.signup();
        browser.signIn(tenant.adminEmail(), PASSWORD, "/app/my-day");
        browser.open("/#/app/admin/tenant");
        browser.await("[data-testid=tenant-time-zone]");
        browser.click("[data-testid=change-time-zone]");
        browser.click("[data-testid=time-zone-form] .el-select");
        browser.await("[data-testid=time-zone-form] .el-select input").sendKeys("Berlin");
        browser.clickText(".el-select-dropdown__item", "Europe/Berlin");
        browser.screenshot("lists-09-time-zone");
        browser.click("[data-testid=time-zone-save]");
        browser.awaitGone("[data-testid=time-zone-form]");
        assertThat(browser.awaitText("[data-testid=tenant-time-zone]", "Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(tenant.admin().get("/tenant").then().statusCode(200).extract().<String>path("timeZone"))
                .isEqualTo("Europe/Berlin");
    }

    private static void defineRangeFields(Api.TestTenant tenant, String entity) {
        tenant.admin().body(Map.of("entity", entity, "code", "beds", "type", "number", "labelEn", "Beds", "labelZh", "床位数"))
                .post("/custom-fields").then().statusCode(201);
        tenant.admin().body(Map.of("entity", entity, "code", "visitDate", "type", "date", "labelEn", "Visit date",
                "labelZh", "拜访日期")).post("/custom-fields").then().statusCode(201);
    }

    private static void create(Api.TestTenant tenant, String path, Map<String, Object> body, int beds, String visitDate) {
        Map<String, Object> full = new java.util.HashMap<>(body);
        full.put("customFields", Map.of("beds", beds, "visitDate", visitDate));
        tenant.admin().body(full).post(path).then().statusCode(201);
    }

    private static String etag(Api.TestTenant tenant, String path) {
        Response response = tenant.admin().get(path);
        response.then().statusCode(200);
        return response.header("ETag");
    }

    /** Waits until the list has reloaded without {@code gone}. */
    private static void awaitRowsWithout(String table, String gone) {
        browser.awaitTrue("const table = document.querySelector('[data-testid=" + table + "]'); "
                + "return !!table && !table.innerText.includes('" + gone + "')");
    }
}

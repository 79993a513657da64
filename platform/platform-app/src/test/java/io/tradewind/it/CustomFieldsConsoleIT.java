package io.tradewind.it;

import static io.tradewind.it.Api.PASSWORD;
import static io.tradewind.it.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Custom fields in the console, in a real browser (H2 only, as ConsoleIT): a tenant admin adds a
 * choice field to customers on the 自定义字段 page (a bad code shows the API's message at the code), a
 * rep creates a customer with a value (an invalid number shows the API's message at that field),
 * sees it on the 360° view and filters the customer list by it. Screenshots: target/screenshots/customfields-*.png.
 */
class CustomFieldsConsoleIT {

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

    /** The message the API gives, in Chinese, for one field of a refused request. */
    private static String apiMessage(io.restassured.specification.RequestSpecification as, String path, Map<String, Object> body,
                                     String field) {
        List<Map<String, String>> errors = as.header("Accept-Language", "zh-CN").body(body).post(path)
                .then().statusCode(400).extract().path("errors");
        return errors.stream().filter(e -> field.equals(e.get("field"))).findFirst().orElseThrow().get("message");
    }

    @Test
    void anAdminAddsAChoiceFieldThatARepFillsSeesOnTheCustomerAndFiltersBy() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        // A number field too, added through the API, for the invalid value
        tenant.admin().body(Map.of("entity", "customer", "code", "beds", "type", "number", "labelEn", "Beds", "labelZh", "床位数"))
                .post("/custom-fields").then().statusCode(201);

        // The admin adds 医院等级 (a choice) to customers on the custom fields page
        signIn(tenant.adminEmail());
        browser.click("nav .nav-item[href='#/app/admin/custom-fields']");
        browser.awaitText("[data-testid=custom-field-table]", "床位数");
        browser.screenshot("customfields-01-admin-list");
        browser.click("[data-testid=add-custom-field]");
        browser.fill("[data-testid=custom-field-form] input[name=labelZh]", "医院等级")
                .fill("[data-testid=custom-field-form] input[name=labelEn]", "Hospital level");
        assertThat(browser.await("[data-testid=custom-field-form] input[name=code]").getDomProperty("value")).isEqualTo("hospital_level");
        browser.fill("[data-testid=custom-field-form] input[name=code]", "Bad Code");
        browser.click("[data-testid=custom-field-type] [data-type=choice]");
        browser.fill("[data-testid=custom-field-form] input[name=option-0-labelZh]", "三甲")
                .fill("[data-testid=custom-field-form] input[name=option-0-labelEn]", "Class III A");
        assertThat(browser.await("input[name=option-0-code]").getDomProperty("value")).isEqualTo("class_iii_a");
        browser.click("[data-testid=add-option]");
        browser.fill("[data-testid=custom-field-form] input[name=option-1-labelZh]", "二乙")
                .fill("[data-testid=custom-field-form] input[name=option-1-labelEn]", "Class II B");
        browser.click("[data-testid=custom-field-save]");
        String codeMessage = apiMessage(tenant.admin(), "/custom-fields", Map.of("entity", "customer", "code", "Bad Code",
                "type", "text", "labelEn", "x", "labelZh", "x"), "code");
        assertThat(browser.awaitText("[data-testid=custom-field-form] .el-form-item.is-error .el-form-item__error", codeMessage))
                .isEqualTo(codeMessage);
        browser.screenshot("customfields-02-admin-invalid-code");
        browser.fill("[data-testid=custom-field-form] input[name=code]", "hospitalLevel");
        browser.click("[data-testid=custom-field-save]");
        browser.awaitGone("[data-testid=custom-field-form]");
        assertThat(browser.awaitText("[data-testid=custom-field-table]", "医院等级")).contains("hospitalLevel").contains("三甲、二乙");
        browser.screenshot("customfields-03-admin-added");
        Map<String, Object> field = tenant.admin().get("/custom-fields?entity=customer").then().statusCode(200)
                .extract().path("find { it.code == 'hospitalLevel' }");
        assertThat(field).containsEntry("type", "choice").containsEntry("active", true).containsEntry("labelEn", "Hospital level");
        assertThat((List<?>) field.get("options")).hasSize(2);

        // A rep creates a customer with the field; the invalid number shows the API's message at the field
        String hospital = "市第一人民医院" + unique("h").substring(0, 6);
        String other = "县中医院" + unique("o").substring(0, 6);
        rep.as().body(Map.of("name", other)).post("/customers").then().statusCode(201);
        signIn(rep.email());
        browser.open("/#/app/customers").click("[data-testid=add-customer]");
        browser.fill("[data-testid=customer-form] input[name=name]", hospital);
        browser.click("[data-testid=customer-form] [data-custom-field=hospitalLevel] .el-select");
        browser.clickText(".el-select-dropdown__item", "三甲");
        browser.fill("[data-testid=customer-form] input[name='cf.beds']", "12.1234567");
        browser.screenshot("customfields-04-new-customer");
        browser.click("[data-testid=customer-save]");
        String bedsMessage = apiMessage(rep.as(), "/customers", Map.of("name", "x", "customFields", Map.of("beds", 12.1234567)),
                "customFields.beds");
        assertThat(browser.awaitText("[data-custom-field=beds] .el-form-item__error", bedsMessage)).isEqualTo(bedsMessage);
        browser.screenshot("customfields-05-invalid-value");
        browser.fill("[data-testid=customer-form] input[name='cf.beds']", "800");
        browser.click("[data-testid=customer-save]");

        // The 360° view shows the values
        browser.awaitText("[data-testid=customer-name]", hospital);
        assertThat(browser.awaitText("[data-custom-value=hospitalLevel]", "三甲")).isEqualTo("三甲");
        assertThat(browser.text("[data-custom-value=beds]")).isEqualTo("800");
        assertThat(browser.text("[data-testid=custom-field-values]")).contains("医院等级").contains("床位数");
        browser.screenshot("customfields-06-customer-360");
        String id = rep.as().get("/customers?q=" + hospital).then().statusCode(200).extract().path("items[0].id");
        assertThat(rep.as().get("/customers/" + id).then().extract().<Map<String, Object>>path("customFields"))
                .containsEntry("hospitalLevel", "class_iii_a").containsEntry("beds", 800);

        // The list filters by it: 三甲 keeps the hospital and drops the other customer
        browser.open("/#/app/customers");
        browser.awaitText("[data-testid=customer-table]", other);
        browser.click("[data-custom-filter=hospitalLevel] .el-select");
        browser.clickText(".el-select-dropdown__item", "三甲");
        browser.awaitTrue("const table = document.querySelector('[data-testid=customer-table]'); "
                + "return !!table && !table.innerText.includes('" + other + "')");
        assertThat(browser.text("[data-testid=customer-table]")).contains(hospital).doesNotContain(other);
        browser.screenshot("customfields-07-filtered-list");
    }
}

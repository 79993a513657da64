package io.tradewind.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A converted lead's custom field values go to the customer's, contact's and opportunity's fields
 * with the same code, validated by the target field's type; a value that does not fit is reported in
 * the conversion result and does not stop it (ADR 0140).
 */
class LeadConversionCustomFieldsIT {

    @Test
    void valuesGoToFieldsWithTheSameCodeAndMisfitsAreReported() {
        Api.TestTenant tenant = Api.signup();
        field(tenant, "lead", "budget", "number");
        field(tenant, "lead", "remark", "text");
        field(tenant, "lead", "visitDate", "date");
        field(tenant, "lead", "orphan", "text");
        choice(tenant, "lead", "tender", false, "open", "invited");
        choice(tenant, "lead", "channels", true, "dealer", "online");

        field(tenant, "customer", "budget", "number");
        field(tenant, "customer", "remark", "text");
        choice(tenant, "customer", "tender", false, "open");
        choice(tenant, "customer", "channels", true, "dealer", "online");
        field(tenant, "contact", "remark", "text");
        field(tenant, "contact", "visitDate", "date");
        field(tenant, "opportunity", "budget", "text");
        field(tenant, "opportunity", "visitDate", "number");
        choice(tenant, "opportunity", "channels", false, "dealer", "online");

        Map<String, Object> values = new HashMap<>();
        values.put("budget", 350000.5);
        values.put("remark", "院长推荐");
        values.put("visitDate", "2026-12-01");
        values.put("orphan", "无处可去");
        values.put("tender", "invited");
        values.put("channels", List.of("dealer", "online"));
        String lead = tenant.admin().body(Map.of("name", "周敏", "companyName", "字段医院", "source", "referral",
                "customFields", values)).post("/leads").then().statusCode(201).extract().path("id");

        Response converted = tenant.admin().body(Map.of("createOpportunity", true)).post("/leads/" + lead + "/convert");
        converted.then().statusCode(200).body("opportunityId", notNullValue())
                .body("customFieldsNotCopied.collect { it.record + ' ' + it.field }", containsInAnyOrder(
                        "customer customFields.tender", "opportunity customFields.visitDate",
                        "opportunity customFields.channels", "null customFields.orphan"))
                .body("customFieldsNotCopied.every { it.message != null && !it.message.isEmpty() }", equalTo(true));

        tenant.admin().get("/customers/" + converted.path("customerId")).then().statusCode(200)
                .body("customFields.budget", equalTo(350000.5f)).body("customFields.remark", equalTo("院长推荐"))
                .body("customFields.channels", equalTo(List.of("dealer", "online")))
                .body("customFields", not(hasKey("tender")));
        tenant.admin().get("/contacts/" + converted.path("contactId")).then().statusCode(200)
                .body("customFields.remark", equalTo("院长推荐")).body("customFields.visitDate", equalTo("2026-12-01"));
        tenant.admin().get("/opportunities/" + converted.path("opportunityId")).then().statusCode(200)
                .body("customFields.budget", equalTo("350000.5"))
                .body("customFields", not(hasKey("visitDate"))).body("customFields", not(hasKey("channels")));
        tenant.admin().queryParam("cf.budget.from", 350000).get("/customers").then().body("total", equalTo(1));
        tenant.admin().get("/leads/" + lead).then().body("status", equalTo("converted"))
                .body("customFields.orphan", equalTo("无处可去"));
    }

    @Test
    void aLeadWithoutCustomFieldValuesConvertsWithNothingToReport() {
        Api.TestTenant tenant = Api.signup();
        field(tenant, "customer", "remark", "text");
        String lead = tenant.admin().body(Map.of("name", "无字段", "source", "phone")).post("/leads").path("id");
        tenant.admin().body(Map.of()).post("/leads/" + lead + "/convert").then().statusCode(200)
                .body("customFieldsNotCopied", equalTo(List.of()));
    }

    private static void field(Api.TestTenant tenant, String entity, String code, String type) {
        tenant.admin().body(Map.of("entity", entity, "code", code, "type", type, "labelEn", code, "labelZh", code))
                .post("/custom-fields").then().statusCode(201);
    }

    private static void choice(Api.TestTenant tenant, String entity, String code, boolean multiple, String... options) {
        tenant.admin().body(Map.of("entity", entity, "code", code, "type", "choice", "multiple", multiple,
                "labelEn", code, "labelZh", code, "options", Arrays.stream(options)
                        .map(o -> Map.of("code", o, "labelEn", o, "labelZh", o)).toList()))
                .post("/custom-fields").then().statusCode(201);
    }
}

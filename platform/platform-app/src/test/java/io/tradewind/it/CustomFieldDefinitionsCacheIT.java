package io.tradewind.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server keeps each tenant's custom field definitions in memory (ADR 0133). Every request here
 * runs after the definitions were read (and kept) by an earlier one, so each assertion fails if a
 * change of a definition is not seen by the very next request, or if one tenant's definitions are
 * served to another.
 */
class CustomFieldDefinitionsCacheIT {

    @Test
    void everyChangeOfADefinitionIsSeenByTheNextRequest() {
        Api.TestTenant tenant = Api.signup();
        String customer = tenant.admin().body(Map.of("name", "缓存客户")).post("/customers").then().statusCode(201)
                .extract().path("id");
        tenant.admin().get("/customers/" + customer).then().statusCode(200).body("customFields", equalTo(Map.of()));
        tenant.admin().get("/customers").then().statusCode(200);

        // Added: the next write validates it, the next read shows it.
        Response tier = tenant.admin().body(Map.of("entity", "customer", "code", "tier", "type", "choice",
                "labelEn", "Tier", "labelZh", "等级", "options", List.of(option("a"), option("b")))).post("/custom-fields");
        tier.then().statusCode(201);
        String tierId = tier.path("id");
        patchCustomFields(tenant, customer, Map.of("tier", "z")).then().statusCode(400)
                .body("errors.field", hasItem("customFields.tier"));
        patchCustomFields(tenant, customer, Map.of("tier", "a")).then().statusCode(200).body("customFields.tier", equalTo("a"));
        tenant.admin().get("/customers").then().statusCode(200)
                .body("items.find { it.id == '" + customer + "' }.customFields.tier", equalTo("a"));

        // A new option and a new requirement apply at once.
        tier = tenant.admin().header("If-Match", tier.header("ETag")).body(Map.of("required", true,
                "options", List.of(option("a"), option("b"), option("c")))).patch("/custom-fields/" + tierId);
        tier.then().statusCode(200);
        patchCustomFields(tenant, customer, Map.of("tier", "c")).then().statusCode(200).body("customFields.tier", equalTo("c"));
        tenant.admin().body(Map.of("name", "无等级")).post("/customers").then().statusCode(400)
                .body("errors.field", hasItem("customFields.tier"));

        // Deactivated: hidden and refused at once; activated: back at once.
        tier = tenant.admin().header("If-Match", tier.header("ETag")).body(Map.of("active", false)).patch("/custom-fields/" + tierId);
        tier.then().statusCode(200);
        tenant.admin().get("/customers/" + customer).then().statusCode(200).body("customFields", not(hasKey("tier")));
        tenant.admin().body(Map.of("name", "无等级")).post("/customers").then().statusCode(201);
        patchCustomFields(tenant, customer, Map.of("tier", "b")).then().statusCode(400);
        tenant.admin().header("If-Match", tier.header("ETag")).body(Map.of("active", true)).patch("/custom-fields/" + tierId)
                .then().statusCode(200);
        tenant.admin().get("/customers/" + customer).then().statusCode(200).body("customFields.tier", equalTo("c"));

        // Deleted: unknown to the next request (a text field refuses a number: it is known before).
        Response note = tenant.admin().body(Map.of("entity", "customer", "code", "note", "type", "text",
                "labelEn", "Note", "labelZh", "备注")).post("/custom-fields");
        note.then().statusCode(201);
        patchCustomFields(tenant, customer, Map.of("note", 12)).then().statusCode(400)
                .body("errors.find { it.field == 'customFields.note' }.message", not(equalTo(unknownField(tenant, customer))));
        tenant.admin().header("If-Match", note.header("ETag")).delete("/custom-fields/" + note.path("id")).then().statusCode(204);
        patchCustomFields(tenant, customer, Map.of("note", 12)).then().statusCode(400)
                .body("errors.find { it.field == 'customFields.note' }.message", equalTo(unknownField(tenant, customer)));
    }

    /** The message of a value for a field the tenant does not have. */
    private static String unknownField(Api.TestTenant tenant, String customer) {
        return patchCustomFields(tenant, customer, Map.of("noSuchField", 1)).then().statusCode(400)
                .extract().path("errors.find { it.field == 'customFields.noSuchField' }.message");
    }

    @Test
    void eachTenantIsServedItsOwnDefinitions() {
        Api.TestTenant a = Api.signup();
        Api.TestTenant b = Api.signup();
        a.admin().get("/opportunities/kanban").then().statusCode(200);
        b.admin().get("/opportunities/kanban").then().statusCode(200);
        String customerOfA = a.admin().body(Map.of("name", "A 客户")).post("/customers").then().statusCode(201).extract().path("id");
        String customerOfB = b.admin().body(Map.of("name", "B 客户")).post("/customers").then().statusCode(201).extract().path("id");

        a.admin().body(Map.of("entity", "opportunity", "code", "budget", "type", "number", "labelEn", "Budget",
                "labelZh", "预算")).post("/custom-fields").then().statusCode(201);
        b.admin().body(opportunity(customerOfB, Map.of("budget", 5))).post("/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("customFields.budget"));
        a.admin().body(opportunity(customerOfA, Map.of("budget", 5))).post("/opportunities").then().statusCode(201)
                .body("customFields.budget", equalTo(5));

        // The same code in B is B's own field, of another type; each tenant validates by its own.
        b.admin().body(Map.of("entity", "opportunity", "code", "budget", "type", "text", "labelEn", "Budget",
                "labelZh", "预算")).post("/custom-fields").then().statusCode(201);
        b.admin().body(opportunity(customerOfB, Map.of("budget", "大约五万"))).post("/opportunities").then().statusCode(201)
                .body("customFields.budget", equalTo("大约五万"));
        a.admin().body(opportunity(customerOfA, Map.of("budget", "大约五万"))).post("/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("customFields.budget"));
        a.admin().get("/opportunities/kanban").then().statusCode(200);
    }

    private static Map<String, Object> option(String code) {
        return Map.of("code", code, "labelEn", code.toUpperCase(), "labelZh", code);
    }

    private static Map<String, Object> opportunity(String customer, Map<String, Object> customFields) {
        return Map.of("name", "缓存商机", "customerId", customer, "amount", 1000, "customFields", customFields);
    }

    private static Response patchCustomFields(Api.TestTenant tenant, String customer, Map<String, Object> values) {
        String etag = tenant.admin().get("/customers/" + customer).header("ETag");
        return tenant.admin().header("If-Match", etag).body(Map.of("customFields", values)).patch("/customers/" + customer);
    }
}

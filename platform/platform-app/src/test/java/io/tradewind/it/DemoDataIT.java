package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo data of a medical-device distributor fills a new tenant through the services, so every list shows a living system. */
class DemoDataIT {

    @Test
    void aNewTenantGetsAConsistentLivingPipeline() {
        Api.TestTenant tenant = Api.signup();
        Api.Member head = tenant.member("sales-manager", null);
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().post("/demo-data").then().statusCode(403);

        Response loaded = tenant.admin().post("/demo-data");
        loaded.then().statusCode(200).body("customers", equalTo(10)).body("contacts", equalTo(12))
                .body("opportunities", equalTo(11)).body("won", equalTo(2)).body("lost", equalTo(2))
                .body("leads", equalTo(8)).body("inquiries", equalTo(8)).body("handovers", equalTo(1))
                .body("products", equalTo(8)).body("priceLists", equalTo(2)).body("activities", equalTo(9))
                .body("owners", equalTo(3));

        // Customers graded A/B/C across provinces, spread over the sales users, with region names from the reference data.
        tenant.admin().queryParam("size", 50).get("/customers").then().statusCode(200).body("total", equalTo(10))
                .body("items.grade", hasItems("A", "B", "C"))
                .body("items.ownerId", hasItems(tenant.adminId(), head.id(), rep.id()));
        tenant.admin().queryParam("grade", "A").get("/customers").then().body("total", equalTo(4));
        rep.as().get("/customers").then().body("total", greaterThan(0));
        tenant.admin().queryParam("size", 50).get("/contacts").then().body("total", equalTo(12));
        tenant.admin().queryParam("days", 3).get("/contacts/care-dates").then().statusCode(200)
                .body("kind", hasItem("birthday"));

        // The kanban: open opportunities over several stages with amounts from the products and price lists.
        Response kanban = tenant.admin().get("/opportunities/kanban");
        kanban.then().statusCode(200);
        List<Integer> counts = kanban.path("stages.count");
        assertThat(counts.stream().filter(c -> c > 0).count()).isGreaterThanOrEqualTo(4);
        assertThat(new BigDecimal(kanban.path("totalAmount").toString())).isPositive();
        tenant.admin().queryParam("status", "won").get("/opportunities").then().body("total", equalTo(2))
                .body("items.closeReason", hasItem("技术评分第一，交付周期最短"));
        tenant.admin().queryParam("status", "lost").get("/opportunities").then().body("total", equalTo(2));
        String won = tenant.admin().queryParam("status", "won").get("/opportunities").path("items[0].id");
        tenant.admin().get("/opportunities/" + won + "/history").then().statusCode(200).body("size()", greaterThan(2));

        // Leads from several sources with the inquiry log; the hand-over awaits the sales head's feedback.
        tenant.admin().get("/leads").then().body("total", equalTo(8));
        tenant.admin().queryParam("source", "trade-show").get("/leads").then().body("total", equalTo(2));
        tenant.admin().get("/lead-inquiries").then().body("total", equalTo(8)).body("items.late", org.hamcrest.Matchers.not(hasItem(true)));
        head.as().get("/my-day").then().statusCode(200).body("leadsAwaitingFeedback.size()", equalTo(3))
                .body("leadsAwaitingFeedback.companyName", hasItem("常州新北区人民医院"));
        tenant.admin().queryParam("awaitingFeedback", true).get("/lead-handovers").then().body("total", equalTo(1));

        // Follow-ups with next steps: one due today on the admin's "my day", with its reminder.
        tenant.admin().get("/my-day").then().body("followUpsDue.nextStep", hasItem("提交正式报价单"));
        tenant.admin().queryParam("kind", "next-step").get("/reminders").then().body("total", greaterThan(0));
        tenant.admin().queryParam("action", "demo.loaded").get("/audit-events").then().body("total", equalTo(1));
        tenant.admin().queryParam("action", "customer.created").get("/audit-events").then().body("total", equalTo(10));

        // Only once, and only into a tenant without business data.
        tenant.admin().post("/demo-data").then().statusCode(409).contentType(containsString("problem+json"));
        Api.TestTenant used = Api.signup();
        used.admin().body(Map.of("name", "已有客户")).post("/customers").then().statusCode(201);
        used.admin().post("/demo-data").then().statusCode(409);
    }

    @Test
    void aTenantWithoutASalesManagerGetsTheDemoWithoutAHandOver() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().post("/demo-data").then().statusCode(200).body("handovers", equalTo(0)).body("owners", equalTo(1));
        tenant.admin().get("/customers").then().body("items.ownerId", org.hamcrest.Matchers.everyItem(equalTo(tenant.adminId())));
    }

    @Test
    void signupCanAskForTheDemoData() {
        String email = Api.unique("demo") + "@" + Api.unique("co") + ".test";
        Response signup = Api.anonymous().body(Map.of("companyName", "演示医疗器械有限公司 " + Api.unique("x"), "adminName", "王经理",
                "email", email, "password", Api.PASSWORD, "demoData", true)).post("/signup");
        signup.then().statusCode(201);
        String token = Api.login(email, Api.PASSWORD, Api.KEYCLOAK_URL == null ? null : signup.path("tenant.code").toString());
        Api.bearer(token).get("/customers").then().statusCode(200).body("total", equalTo(10));
        Api.bearer(token).get("/opportunities").then().statusCode(200).body("total", equalTo(11));
        Api.bearer(token).post("/demo-data").then().statusCode(409);
    }
}

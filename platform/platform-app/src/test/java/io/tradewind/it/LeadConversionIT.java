package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leads become customers, contacts and opportunities in one transaction; follow-ups on accounts;
 * birthday reminders from contacts; customers about to return to the pool in "my day"; exports.
 */
class LeadConversionIT {

    @Test
    void aLeadIsConvertedIntoCustomerContactAndOpportunity() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String lead = tenant.admin().body(Map.of("name", "周敏", "companyName", "安康医院", "phone", "13800001111",
                "email", "zm@ankang.example", "source", "referral", "ownerId", rep.id())).post("/leads").path("id");
        rep.as().body(Map.of("type", "call", "subject", "首次沟通", "leadId", lead)).post("/activities").then().statusCode(201);

        Response converted = rep.as().body(Map.of("opportunityName", "安康医院彩超", "amount", 350000))
                .post("/leads/" + lead + "/convert");
        converted.then().statusCode(200).body("customerId", notNullValue()).body("contactId", notNullValue())
                .body("opportunityId", notNullValue());
        String customer = converted.path("customerId");
        rep.as().get("/customers/" + customer).then().statusCode(200).body("name", equalTo("安康医院"))
                .body("ownerId", equalTo(rep.id()));
        rep.as().get("/contacts/" + converted.path("contactId")).then().statusCode(200).body("name", equalTo("周敏"))
                .body("customerId", equalTo(customer));
        rep.as().get("/opportunities/" + converted.path("opportunityId")).then().statusCode(200)
                .body("customerId", equalTo(customer));
        rep.as().get("/leads/" + lead).then().body("status", equalTo("converted")).body("customerId", equalTo(customer));
        rep.as().queryParam("customerId", customer).get("/activities").then().body("total", equalTo(1));
        rep.as().body(Map.of()).post("/leads/" + lead + "/convert").then().statusCode(409);

        String plain = rep.as().body(Map.of("name", "单独联系人", "source", "phone")).post("/leads").path("id");
        rep.as().body(Map.of()).post("/leads/" + plain + "/convert").then().statusCode(200).body("opportunityId", equalTo(null));
    }

    @Test
    void aConversionThatFailsInPartCreatesNothing() {
        Api.TestTenant tenant = Api.signup();
        String lead = tenant.admin().body(Map.of("name", "回滚测试", "companyName", "回滚医疗器械公司", "source", "phone"))
                .post("/leads").path("id");
        tenant.admin().body(Map.of("amount", -5)).post("/leads/" + lead + "/convert").then().statusCode(400);
        tenant.admin().body(Map.of("regionCode", "999999")).post("/leads/" + lead + "/convert").then().statusCode(400);
        tenant.admin().queryParam("q", "回滚医疗器械公司").get("/customers").then().body("total", equalTo(0));
        tenant.admin().queryParam("q", "回滚测试").get("/contacts").then().body("total", equalTo(0));
        tenant.admin().get("/leads/" + lead).then().body("status", equalTo("new")).body("customerId", equalTo(null));
        Api.signup().admin().body(Map.of()).post("/leads/" + lead + "/convert").then().statusCode(404);
    }

    @Test
    void followUpsOnCustomersContactsAndOpportunitiesAreChecked() {
        Api.TestTenant tenant = Api.signup();
        String customer = tenant.admin().body(Map.of("name", "仁心诊所")).post("/customers").then().statusCode(201).extract().path("id");
        String contact = tenant.admin().body(Map.of("name", "钱医生", "customerId", customer)).post("/contacts").then()
                .statusCode(201).extract().path("id");
        tenant.admin().body(Map.of("type", "visit", "subject", "上门拜访", "contactId", contact)).post("/activities").then()
                .statusCode(201).body("customerId", equalTo(customer)).body("contactId", equalTo(contact));
        tenant.admin().get("/customers/" + customer).then().body("lastFollowUpAt", notNullValue());
        Api.TestTenant other = Api.signup();
        other.admin().body(Map.of("type", "visit", "subject", "越权", "customerId", customer)).post("/activities").then()
                .statusCode(400).body("field", equalTo("customerId"));
    }

    @Test
    void aContactsBirthdayBecomesACareReminderByMailAndInMyDay() {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String customer = rep.as().body(Map.of("name", "福寿药房")).post("/customers").then().statusCode(201).extract().path("id");
        // A birthday today: its reminder was due yesterday at 09:00, so it goes out at once at any hour
        // (one tomorrow is due today at 09:00 Shanghai, still ahead between 16:00 and 01:00 UTC).
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        rep.as().body(Map.of("name", "吴老板", "customerId", customer, "birthday", today.withYear(1975).toString()))
                .post("/contacts").then().statusCode(201);
        MailServer.awaitMail(rep.email(), "吴老板");
        rep.as().queryParam("kind", "birthday").get("/reminders").then().body("total", equalTo(1))
                .body("items[0].status", equalTo("delivered"));
        rep.as().get("/my-day").then().body("reminders.kind", hasItem("birthday"));
    }

    @Test
    void myDayWarnsOfCustomersAboutToReturnToThePool() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String etag = tenant.admin().get("/settings/pool-rules").header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("enabled", true, "noFollowUpDays", 1, "notClosedDays", 90,
                "maxCustomersPerRep", 100)).put("/settings/pool-rules").then().statusCode(200);
        String customer = rep.as().body(Map.of("name", "久未跟进的医院")).post("/customers").then().statusCode(201)
                .extract().path("id");
        rep.as().get("/my-day").then().statusCode(200).body("customersReturningToPool.customerId", hasItem(customer));
    }

    @Test
    void leadsAndFollowUpsExportAsCsvAndXlsx() {
        Api.TestTenant tenant = Api.signup();
        String lead = tenant.admin().body(Map.of("name", "导出线索", "companyName", "导出公司", "source", "website"))
                .post("/leads").path("id");
        tenant.admin().body(Map.of("type", "meeting", "subject", "导出跟进", "leadId", lead)).post("/activities").then().statusCode(201);
        String csv = tenant.admin().accept("text/csv").queryParam("format", "csv").queryParam("q", "导出")
                .get("/leads/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains("导出线索").contains("导出公司").contains(lead);
        byte[] xlsx = tenant.admin().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("format", "xlsx").get("/activities/export").then().statusCode(200).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        Api.signup().admin().accept("text/csv").queryParam("format", "csv").get("/leads/export").then().statusCode(200)
                .extract().asString().lines().forEach(line -> assertThat(line).doesNotContain(lead));
        assertThat(List.of(csv.lines().count())).containsExactly(2L);
    }
}

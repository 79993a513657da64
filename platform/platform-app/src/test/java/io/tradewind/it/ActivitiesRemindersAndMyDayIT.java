package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-ups, their next steps as reminders delivered in the app and by mail, and the rep's "my day". */
class ActivitiesRemindersAndMyDayIT {

    @Test
    void aNegotiationRecordIsKeptWithItsMaterialsAndNextStep() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String lead = rep.as().body(Map.of("name", "孙丽", "source", "referral", "ownerId", rep.id())).post("/leads").path("id");
        Response created = rep.as().body(Map.of("type", "negotiation", "subject", "第二次洽谈", "leadId", lead,
                "materials", "产品彩页、报价单", "nextStep", "寄送样机", "nextStepDueAt", "2030-03-05T02:00:00Z",
                "durationMinutes", 45)).post("/activities");
        created.then().statusCode(201).body("type", equalTo("negotiation")).body("ownerId", equalTo(rep.id()))
                .body("materials", equalTo("产品彩页、报价单")).body("nextStep", equalTo("寄送样机"))
                .body("nextStepDone", equalTo(false));
        String id = created.path("id");
        rep.as().get("/leads/" + lead).then().body("status", equalTo("contacted"));
        rep.as().queryParam("leadId", lead).get("/activities").then().body("total", equalTo(1));
        rep.as().queryParam("openNextSteps", true).queryParam("type", "negotiation").get("/activities").then().body("total", equalTo(1));
        rep.as().queryParam("kind", "next-step").queryParam("status", "pending").get("/reminders").then()
                .body("total", equalTo(1)).body("items[0].title", equalTo("寄送样机"))
                .body("items[0].dueAt", equalTo("2030-03-05T02:00:00Z"));

        rep.as().body(Map.of("type", "call", "subject", "无关联")).post("/activities").then().statusCode(400)
                .body("field", equalTo("leadId"));
        Api.TestTenant other = Api.signup();
        other.admin().body(Map.of("type", "call", "subject", "跨租户", "leadId", lead)).post("/activities").then()
                .statusCode(400).body("field", equalTo("leadId"));
        other.admin().get("/activities/" + id).then().statusCode(404);
        Api.Member otherRep = tenant.member("sales-rep", null);
        otherRep.as().get("/activities/" + id).then().statusCode(404);

        Response done = rep.as().header("If-Match", created.header("ETag")).body(Map.of("nextStepDone", true))
                .patch("/activities/" + id);
        done.then().statusCode(200).body("nextStepDone", equalTo(true));
        rep.as().queryParam("status", "done").get("/reminders").then().body("total", equalTo(1));
        rep.as().header("If-Match", done.header("ETag")).delete("/activities/" + id).then().statusCode(204);
        rep.as().get("/activities/" + id).then().statusCode(404);
    }

    @Test
    void aDueNextStepIsDeliveredInTheAppAndByMail() {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String lead = rep.as().body(Map.of("name", "马强", "source", "phone", "ownerId", rep.id())).post("/leads").path("id");
        String step = "回电确认演示时间 " + Api.unique("s");
        rep.as().body(Map.of("type", "call", "subject", "首次电话", "leadId", lead, "nextStep", step,
                "nextStepDueAt", Instant.now().plusSeconds(1).toString())).post("/activities").then().statusCode(201);
        MimeMessage mail = MailServer.awaitMail(rep.email(), step);
        assertThat(mail).isNotNull();
        rep.as().queryParam("status", "delivered").get("/reminders").then().body("total", equalTo(1))
                .body("items[0].title", equalTo(step)).body("items[0].kind", equalTo("next-step"));

        String note = "给客户寄节日贺卡 " + Api.unique("n");
        String reminder = rep.as().body(Map.of("title", note, "dueAt", Instant.now().toString())).post("/reminders")
                .then().statusCode(201).extract().path("id");
        MailServer.awaitMail(rep.email(), note);
        rep.as().get("/reminders/" + reminder).then().body("status", equalTo("delivered"));
        rep.as().post("/reminders/" + reminder + "/done").then().statusCode(200).body("status", equalTo("done"));
        tenant.admin().get("/reminders/" + reminder).then().statusCode(404);
    }

    @Test
    void myDayListsLeadsAwaitingFeedbackFollowUpsDueAndDeliveredReminders() throws InterruptedException {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String handed = tenant.admin().body(Map.of("name", "待反馈线索", "source", "trade-show")).post("/leads").path("id");
        tenant.admin().body(Map.of("toUserId", rep.id(), "leadIds", List.of(handed))).post("/lead-handovers")
                .then().statusCode(201);
        String lead = rep.as().body(Map.of("name", "跟进中", "source", "phone", "ownerId", rep.id())).post("/leads").path("id");
        rep.as().body(Map.of("type", "visit", "subject", "拜访", "leadId", lead, "nextStep", "今日回访",
                "nextStepDueAt", Instant.now().plusSeconds(1).toString())).post("/activities").then().statusCode(201);
        rep.as().body(Map.of("type", "visit", "subject", "以后", "leadId", lead, "nextStep", "明年再说",
                "nextStepDueAt", "2031-01-01T00:00:00Z")).post("/activities").then().statusCode(201);
        MailServer.awaitMail(rep.email(), "今日回访");

        Response day = rep.as().get("/my-day");
        day.then().statusCode(200)
                .body("leadsAwaitingFeedback.leadId", hasItem(handed))
                .body("followUpsDue.nextStep", equalTo(List.of("今日回访")))
                .body("reminders.title", hasItem("今日回访"))
                .body("customersReturningToPool", equalTo(List.of()));
        tenant.admin().get("/my-day").then().statusCode(200).body("leadsAwaitingFeedback", equalTo(List.of()));
    }
}

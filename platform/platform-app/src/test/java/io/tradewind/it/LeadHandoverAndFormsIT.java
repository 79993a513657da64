package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-over of leads with feedback and overdue feedback; web-to-lead forms and their spam defences. */
class LeadHandoverAndFormsIT {

    @Test
    void anAssistantHandsLeadsToTheSalesHeadWhoOwesFeedbackByTheNextWorkingDay() {
        Api.TestTenant tenant = Api.signup();
        Api.Member head = tenant.member("sales-manager", null);
        String team = tenant.admin().body(Map.of("name", "招商部", "managerId", head.id())).post("/departments").path("id");
        Api.Member assistant = tenant.member("sales-assistant", team);
        String first = assistant.as().body(Map.of("name", "陈静", "source", "trade-show")).post("/leads").path("id");
        String second = assistant.as().body(Map.of("name", "周杰", "source", "trade-show")).post("/leads").path("id");

        Response handed = assistant.as().body(Map.of("leadIds", List.of(first, second), "note", "展会线索")).post("/lead-handovers");
        handed.then().statusCode(201).body("toUserId", equalTo(head.id())).body("fromUserId", equalTo(assistant.id()))
                .body("leadCount", equalTo(2)).body("awaitingFeedback", equalTo(2)).body("overdue", equalTo(0));
        String handover = handed.path("id");
        ZonedDateTime due = Instant.parse(handed.path("dueAt")).atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(due.minusDays(1).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due.toLocalDate()).isAfter(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate());

        head.as().get("/leads/" + first).then().statusCode(200).body("ownerId", equalTo(head.id()));
        head.as().queryParam("box", "received").queryParam("awaitingFeedback", true).get("/lead-handovers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(handover));
        assistant.as().queryParam("box", "sent").get("/lead-handovers").then().body("total", equalTo(1));

        assistant.as().body(Map.of("leadId", first, "outcome", "qualified", "feedback", "不是我的"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(403);
        head.as().body(Map.of("leadId", first, "outcome", "qualified", "feedback", "已电话沟通，意向明确"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(200)
                .body("awaitingFeedback", equalTo(1)).body("items[0].outcome", equalTo("qualified"))
                .body("items[0].feedbackById", equalTo(head.id()));
        head.as().get("/leads/" + first).then().body("status", equalTo("qualified"));
        Api.Member rep = tenant.member("sales-rep", team);
        head.as().body(Map.of("leadId", second, "outcome", "reassigned", "feedback", "交给小王"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(400).body("field", equalTo("ownerId"));
        head.as().body(Map.of("leadId", second, "outcome", "reassigned", "feedback", "交给小王", "ownerId", rep.id()))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(200).body("awaitingFeedback", equalTo(0));
        rep.as().get("/leads/" + second).then().statusCode(200).body("ownerId", equalTo(rep.id()));
        head.as().body(Map.of("leadId", Api.signup().adminId(), "outcome", "qualified", "feedback", "x"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(400);
        Api.signup().admin().get("/lead-handovers/" + handover).then().statusCode(404);
    }

    @Test
    void feedbackPastItsDueTimeIsShownOverdue() throws InterruptedException {
        Api.TestTenant tenant = Api.signup();
        Api.Member head = tenant.member("sales-manager", null);
        String lead = tenant.admin().body(Map.of("name", "急单", "source", "phone")).post("/leads").path("id");
        tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(lead), "dueAt", Instant.now().minusSeconds(5).toString()))
                .post("/lead-handovers").then().statusCode(400).body("field", equalTo("dueAt"));
        String handover = tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(lead),
                "dueAt", Instant.now().plusSeconds(2).toString())).post("/lead-handovers").then().statusCode(201)
                .body("overdue", equalTo(0)).extract().path("id");
        tenant.admin().queryParam("overdue", true).get("/lead-handovers").then().body("total", equalTo(0));
        Thread.sleep(3000);
        tenant.admin().queryParam("overdue", true).get("/lead-handovers").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(handover)).body("items[0].overdue", equalTo(1))
                .body("items[0].items[0].overdue", equalTo(true));
        head.as().body(Map.of("leadId", lead, "outcome", "following-up", "feedback", "迟到的反馈"))
                .post("/lead-handovers/" + handover + "/feedback").then().statusCode(200).body("overdue", equalTo(0));
        tenant.admin().queryParam("overdue", true).get("/lead-handovers").then().body("total", equalTo(0));
    }

    @Test
    void aHandoverNeedsLeadsTheAssistantCanSee() {
        Api.TestTenant tenant = Api.signup();
        Api.Member head = tenant.member("sales-manager", null);
        String north = tenant.admin().body(Map.of("name", "华北")).post("/departments").path("id");
        String south = tenant.admin().body(Map.of("name", "华南")).post("/departments").path("id");
        Api.Member assistant = tenant.member("sales-assistant", north);
        Api.Member elsewhere = tenant.member("sales-rep", south);
        String hidden = tenant.admin().body(Map.of("name", "别人的", "source", "phone", "ownerId", elsewhere.id()))
                .post("/leads").path("id");
        assistant.as().body(Map.of("toUserId", head.id(), "leadIds", List.of(hidden))).post("/lead-handovers")
                .then().statusCode(400).body("field", equalTo("leadIds"));
        assistant.as().body(Map.of("toUserId", head.id(), "leadIds", List.of())).post("/lead-handovers")
                .then().statusCode(400).body("field", equalTo("leadIds"));
        String own = assistant.as().body(Map.of("name", "自己的", "source", "phone")).post("/leads").path("id");
        assistant.as().body(Map.of("leadIds", List.of(own))).post("/lead-handovers")
                .then().statusCode(400).body("field", equalTo("toUserId"));
        head.as().body(Map.of("toUserId", head.id(), "leadIds", List.of(own))).post("/lead-handovers")
                .then().statusCode(400);
    }

    @Test
    void aWebFormCreatesLeadsAndRefusesBotsThatPostAtOnceOrFillTheHoneypot() throws InterruptedException {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Response form = tenant.admin().body(Map.of("name", "官网表单", "minFillSeconds", 1, "ownerId", rep.id())).post("/lead-forms");
        form.then().statusCode(201).body("formKey", notNullValue()).body("source", equalTo("website"));
        String key = form.path("formKey");

        String token = Api.anonymous().get("/public/lead-forms/" + key).then().statusCode(200)
                .body("name", equalTo("官网表单")).extract().path("token");
        Map<String, Object> visitor = Map.of("name", "李娜", "companyName", "康宁诊所", "phone", "13900139000",
                "message", "想了解便携式超声的代理条件", "token", token);
        Api.anonymous().body(visitor).post("/public/lead-forms/" + key + "/submissions").then().statusCode(400)
                .contentType("application/problem+json");
        Thread.sleep(1200);
        Map<String, Object> bot = new java.util.HashMap<>(visitor);
        bot.put("website", "http://spam.example");
        Api.anonymous().body(bot).post("/public/lead-forms/" + key + "/submissions").then().statusCode(400);
        Map<String, Object> forged = new java.util.HashMap<>(visitor);
        forged.put("token", "1000." + token.substring(token.indexOf('.') + 1));
        Api.anonymous().body(forged).post("/public/lead-forms/" + key + "/submissions").then().statusCode(400);
        String lead = Api.anonymous().body(visitor).post("/public/lead-forms/" + key + "/submissions").then()
                .statusCode(201).extract().path("id");

        tenant.admin().get("/leads/" + lead).then().statusCode(200).body("source", equalTo("website"))
                .body("ownerId", equalTo(rep.id())).body("notes", equalTo("想了解便携式超声的代理条件"))
                .body("formId", equalTo(form.path("id").toString()));
        tenant.admin().get("/lead-forms/" + form.path("id")).then().body("submissions", equalTo(1));
        Api.anonymous().get("/public/lead-forms/no-such-key").then().statusCode(404);
    }

    @Test
    void aFormOverItsRateLimitAnswers429() {
        Api.TestTenant tenant = Api.signup();
        String key = tenant.admin().body(Map.of("name", "限流表单", "minFillSeconds", 0, "ratePerMinute", 1))
                .post("/lead-forms").then().statusCode(201).extract().path("formKey");
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 3; i++) {
            String token = Api.anonymous().get("/public/lead-forms/" + key).path("token");
            Response response = Api.anonymous().body(Map.of("name", "访客" + i, "token", token))
                    .post("/public/lead-forms/" + key + "/submissions");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(statuses).contains(201, 429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat((String) limited.path("type")).endsWith("/rate-limited");
    }
}

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
        String calm = tenant.admin().body(Map.of("name", "不急", "source", "phone")).post("/leads").path("id");
        tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(lead), "dueAt", Instant.now().minusSeconds(5).toString()))
                .post("/lead-handovers").then().statusCode(400).body("field", equalTo("dueAt"));
        // Due by the next working day: not overdue during this test, however slowly the server answers.
        String notYetDue = tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(calm)))
                .post("/lead-handovers").then().statusCode(201).body("overdue", equalTo(0)).extract().path("id");
        // Due in seconds; the margin lets a slow server read the request before that time (it refuses a past one).
        Response created = tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(lead),
                "dueAt", Instant.now().plusSeconds(5).toString())).post("/lead-handovers");
        created.then().statusCode(201).body("overdue", equalTo(0));
        String handover = created.path("id");
        Instant due = Instant.parse(created.path("dueAt"));

        Response early = tenant.admin().queryParam("overdue", true).get("/lead-handovers");
        if (Instant.now().isBefore(due)) {
            // The server (on this machine's clock) answered before the due time: nothing may be overdue yet.
            early.then().body("total", equalTo(0));
        }
        // A second more: on MariaDB the list's overdue filter compares at whole seconds (the bound time loses its fraction).
        while (!Instant.now().isAfter(due.plusMillis(1100))) {
            Thread.sleep(100);
        }
        tenant.admin().queryParam("overdue", true).get("/lead-handovers").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(handover)).body("items[0].overdue", equalTo(1))
                .body("items[0].items[0].overdue", equalTo(true));
        tenant.admin().get("/lead-handovers/" + notYetDue).then().statusCode(200).body("overdue", equalTo(0))
                .body("items[0].overdue", equalTo(false));
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
        // Ten minutes to fill the form: a post at once is too fresh however slowly the server answers.
        Response form = tenant.admin().body(Map.of("name", "官网表单", "minFillSeconds", 600, "ownerId", rep.id())).post("/lead-forms");
        form.then().statusCode(201).body("formKey", notNullValue()).body("source", equalTo("website"));
        String key = form.path("formKey");

        String token = Api.anonymous().get("/public/lead-forms/" + key).then().statusCode(200)
                .body("name", equalTo("官网表单")).body("minFillSeconds", equalTo(600)).extract().path("token");
        Map<String, Object> visitor = Map.of("name", "李娜", "companyName", "康宁诊所", "phone", "13900139000",
                "message", "想了解便携式超声的代理条件", "token", token);
        Api.anonymous().body(visitor).post("/public/lead-forms/" + key + "/submissions").then().statusCode(400)
                .contentType("application/problem+json");
        // One second now: the same token is accepted once it is a second old by the time the server issued it.
        tenant.admin().header("If-Match", form.header("ETag")).body(Map.of("minFillSeconds", 1))
                .patch("/lead-forms/" + form.path("id")).then().statusCode(200).body("minFillSeconds", equalTo(1));
        long issued = Long.parseLong(token.substring(0, token.indexOf('.')));
        while (System.currentTimeMillis() < issued + 1100) {
            Thread.sleep(50);
        }
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
    void aFormIsChangedDisabledAndDeletedWithItsVersionAndAudited() {
        Api.TestTenant tenant = Api.signup();
        Response created = tenant.admin().body(Map.of("name", "展会表单", "minFillSeconds", 0)).post("/lead-forms");
        created.then().statusCode(201);
        String id = created.path("id");
        String key = created.path("formKey");
        String path = "/lead-forms/" + id;
        String etag = created.header("ETag");

        tenant.admin().body(Map.of("name", "无版本")).patch(path).then().statusCode(428);
        for (Map.Entry<String, Object> invalid : Map.<String, Object>of("ratePerMinute", 0, "minFillSeconds", 601,
                "source", "carrier-pigeon", "ownerId", "no-such-user").entrySet()) {
            tenant.admin().header("If-Match", etag).body(Map.of(invalid.getKey(), invalid.getValue())).patch(path).then()
                    .statusCode(400).body("field", equalTo(invalid.getKey()));
        }
        Response disabled = tenant.admin().header("If-Match", etag)
                .body(Map.of("name", "展会表单（停用）", "source", "trade-show", "enabled", false)).patch(path);
        disabled.then().statusCode(200).body("name", equalTo("展会表单（停用）")).body("source", equalTo("trade-show"))
                .body("enabled", equalTo(false)).body("formKey", equalTo(key));
        tenant.admin().header("If-Match", etag).body(Map.of("enabled", true)).patch(path).then().statusCode(412);
        Api.anonymous().get("/public/lead-forms/" + key).then().statusCode(404);
        tenant.admin().get("/lead-forms").then().body("total", equalTo(1)).body("items[0].name", equalTo("展会表单（停用）"))
                .body("items[0].enabled", equalTo(false));

        Response enabled = tenant.admin().header("If-Match", disabled.header("ETag")).body(Map.of("enabled", true)).patch(path);
        enabled.then().statusCode(200);
        String token = Api.anonymous().get("/public/lead-forms/" + key).then().statusCode(200)
                .body("name", equalTo("展会表单（停用）")).extract().path("token");
        String lead = Api.anonymous().body(Map.of("name", "展会访客", "token", token))
                .post("/public/lead-forms/" + key + "/submissions").then().statusCode(201).extract().path("id");
        tenant.admin().get("/leads/" + lead).then().body("source", equalTo("trade-show"));

        tenant.admin().header("If-Match", disabled.header("ETag")).delete(path).then().statusCode(412);
        String current = tenant.admin().get(path).header("ETag");
        tenant.admin().header("If-Match", current).delete(path).then().statusCode(204);
        tenant.admin().get(path).then().statusCode(404);
        tenant.admin().get("/lead-forms").then().body("total", equalTo(0));
        Api.anonymous().get("/public/lead-forms/" + key).then().statusCode(404);
        Api.anonymous().body(Map.of("name", "迟到的访客", "token", token))
                .post("/public/lead-forms/" + key + "/submissions").then().statusCode(404);
        tenant.admin().get("/leads/" + lead).then().statusCode(200).body("formId", equalTo(id));
        assertThat(tenant.admin().queryParam("entityId", id).get("/audit-events").<List<String>>path("items.action"))
                .containsExactly("lead-form.deleted", "lead-form.updated", "lead-form.updated", "lead-form.created");
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

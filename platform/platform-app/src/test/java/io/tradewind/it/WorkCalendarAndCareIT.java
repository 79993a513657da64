package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant's working-day calendar (public holidays, 调休) behind hand-over due dates, and holiday care reminders. */
class WorkCalendarAndCareIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theOfficial2026ScheduleDecidesTheNextWorkingDay() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get("/calendar/days").then()
                .statusCode(200).body("size()", equalTo(39))
                .body("find { it.date == '2026-10-01' }.kind", equalTo("holiday"))
                .body("find { it.date == '2026-10-01' }.name", equalTo("国庆节"))
                .body("find { it.date == '2026-10-01' }.source", equalTo("reference"))
                .body("find { it.date == '2026-10-10' }.kind", equalTo("workday"));

        // A hand-over on the day before 国庆 is due at the end of the first working day after the holiday.
        tenant.admin().queryParam("after", "2026-09-30").get("/calendar/next-working-day").then().statusCode(200)
                .body("date", equalTo("2026-10-08")).body("dueAt", equalTo("2026-10-08T16:00:00Z"));
        // A make-up Saturday (调休上班) is a working day; an ordinary one is not.
        tenant.admin().queryParam("after", "2026-10-09").get("/calendar/next-working-day").then().body("date", equalTo("2026-10-10"));
        tenant.admin().queryParam("after", "2026-02-13").get("/calendar/next-working-day").then().body("date", equalTo("2026-02-14"));
        tenant.admin().queryParam("after", "2026-02-14").get("/calendar/next-working-day").then().body("date", equalTo("2026-02-24"));
        tenant.admin().queryParam("after", "2026-11-27").get("/calendar/next-working-day").then().body("date", equalTo("2026-11-30"));
        tenant.admin().queryParam("after", "30.09.2026").get("/calendar/next-working-day").then().statusCode(400)
                .body("field", equalTo("after"));
    }

    @Test
    void tenantAdminsEditTheirCalendarAndHandOversFollowIt() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().body(Map.of("date", "2026-12-04", "kind", "holiday")).post("/calendar/days").then().statusCode(403);
        rep.as().queryParam("after", "2026-09-30").get("/calendar/next-working-day").then().statusCode(200);

        // regular cancels an official holiday for this tenant only; workday makes a Saturday a working day.
        Response regular = tenant.admin().body(Map.of("date", "2026-10-05", "kind", "regular", "name", "公司值班"))
                .post("/calendar/days");
        regular.then().statusCode(201).body("source", equalTo("tenant")).body("kind", equalTo("regular"));
        tenant.admin().queryParam("after", "2026-09-30").get("/calendar/next-working-day").then().body("date", equalTo("2026-10-05"));
        Api.signup().admin().queryParam("after", "2026-09-30").get("/calendar/next-working-day").then().body("date", equalTo("2026-10-08"));
        tenant.admin().body(Map.of("date", "2026-10-05", "kind", "holiday")).post("/calendar/days").then().statusCode(409);
        String saturday = tenant.admin().body(Map.of("date", "2026-12-05", "kind", "workday", "name", "年终盘点"))
                .post("/calendar/days").then().statusCode(201).extract().path("id");
        tenant.admin().queryParam("after", "2026-12-04").get("/calendar/next-working-day").then().body("date", equalTo("2026-12-05"));
        String etag = tenant.admin().get("/calendar/days/" + saturday).then().statusCode(200).extract().header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("kind", "holiday")).patch("/calendar/days/" + saturday)
                .then().statusCode(200).body("kind", equalTo("holiday"));
        tenant.admin().queryParam("after", "2026-12-04").get("/calendar/next-working-day").then().body("date", equalTo("2026-12-07"));
        tenant.admin().header("If-Match", regular.header("ETag")).delete("/calendar/days/" + regular.path("id")).then().statusCode(204);
        tenant.admin().queryParam("after", "2026-09-30").get("/calendar/next-working-day").then().body("date", equalTo("2026-10-08"));
        tenant.admin().queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/calendar/days").then()
                .body("find { it.date == '2026-10-05' }.source", equalTo("reference"));

        // The hand-over made today skips the tenant's day off tomorrow.
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate tomorrow = today.plusDays(1);
        tenant.admin().body(Map.of("date", tomorrow.toString(), "kind", "holiday", "name", "公司庆典")).post("/calendar/days")
                .then().statusCode(201);
        String expected = tenant.admin().get("/calendar/next-working-day").then().extract().path("dueAt");
        LocalDate dueDay = Instant.parse(expected).atZone(SHANGHAI).toLocalDate().minusDays(1);
        assertThat(dueDay).isAfter(tomorrow);
        assertThat(dueDay.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Api.Member head = tenant.member("sales-manager", null);
        String lead = tenant.admin().body(Map.of("name", "节前线索", "source", "phone")).post("/leads").path("id");
        tenant.admin().body(Map.of("toUserId", head.id(), "leadIds", List.of(lead))).post("/lead-handovers").then()
                .statusCode(201).body("dueAt", equalTo(expected));
    }

    @Test
    void aHolidayBringsCareRemindersForContactsOfAGradeCustomersInTheAppAndByMail() {
        MailServer.start();
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String gradeA = rep.as().body(Map.of("name", "华东医械集团", "grade", "A")).post("/customers").then().statusCode(201)
                .body("grade", equalTo("A")).extract().path("id");
        String gradeB = rep.as().body(Map.of("name", "小诊所", "grade", "B")).post("/customers").path("id");
        String contact = rep.as().body(Map.of("name", "赵院长", "customerId", gradeA)).post("/contacts").then()
                .statusCode(201).extract().path("id");
        rep.as().body(Map.of("name", "钱医生", "customerId", gradeB)).post("/contacts").then().statusCode(201);
        String festival = "客户答谢日" + Api.unique("");
        tenant.admin().body(Map.of("date", LocalDate.now(SHANGHAI).toString(), "kind", "care", "name", festival))
                .post("/calendar/days").then().statusCode(201);

        MailServer.awaitMail(rep.email(), festival);
        rep.as().queryParam("kind", "holiday").get("/reminders").then()
                .body("total", equalTo(1)).body("items[0].subjectId", equalTo(contact))
                .body("items[0].status", equalTo("delivered"))
                .body("items.title", hasItem(org.hamcrest.Matchers.containsString("华东医械集团")));
        tenant.admin().queryParam("kind", "holiday").get("/reminders").then().body("total", equalTo(0));
    }
}

package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Leads: CRUD and validation, the inquiry log, data scopes, and each kind of assignment rule. */
class LeadsIT {

    private static String lead(Api.TestTenant tenant, Map<String, Object> body) {
        return tenant.admin().body(body).post("/leads").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLeadIsCreatedReadListedUpdatedAndDeleted() {
        Api.TestTenant tenant = Api.signup();
        Response created = tenant.admin().body(Map.of("name", "张伟", "companyName", "华康医疗器械有限公司",
                "phone", "138-0013-8000", "email", "zhangwei@huakang.example", "source", "trade-show")).post("/leads");
        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("status", equalTo("new")).body("source", equalTo("trade-show"))
                .body("createdById", equalTo(tenant.adminId()));
        String id = created.path("id");

        tenant.admin().get("/leads/" + id).then().statusCode(200).body("companyName", equalTo("华康医疗器械有限公司"));
        tenant.admin().queryParam("q", "华康").get("/leads").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        tenant.admin().queryParam("source", "phone").get("/leads").then().body("total", equalTo(0));
        tenant.admin().queryParam("status", "new").queryParam("sort", "-createdAt").get("/leads").then().body("total", equalTo(1));

        String etag = tenant.admin().get("/leads/" + id).header("ETag");
        tenant.admin().body(Map.of("status", "contacted")).patch("/leads/" + id).then().statusCode(428);
        tenant.admin().header("If-Match", etag).body(Map.of("status", "converted")).patch("/leads/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        Response patched = tenant.admin().header("If-Match", etag).body(Map.of("status", "qualified", "ownerId", tenant.adminId()))
                .patch("/leads/" + id);
        patched.then().statusCode(200).body("status", equalTo("qualified")).body("ownerId", equalTo(tenant.adminId()));

        tenant.admin().header("If-Match", etag).delete("/leads/" + id).then().statusCode(412);
        tenant.admin().header("If-Match", patched.header("ETag")).delete("/leads/" + id).then().statusCode(204);
        tenant.admin().get("/leads/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidLeadsAreRefusedNamingTheField() {
        Api.TestTenant tenant = Api.signup();
        tenant.admin().body(Map.of("source", "website")).post("/leads").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        tenant.admin().body(Map.of("name", "王", "source", "billboard")).post("/leads").then().statusCode(400)
                .body("field", equalTo("source"));
        tenant.admin().body(Map.of("name", "王", "source", "website", "email", "not-an-email")).post("/leads")
                .then().statusCode(400).body("field", equalTo("email"));
        tenant.admin().body(Map.of("name", "王", "source", "website", "phone", "call me")).post("/leads")
                .then().statusCode(400).body("field", equalTo("phone"));
        tenant.admin().header("Accept-Language", "zh-CN").body(Map.of("source", "website")).post("/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aCustomSourceKeepsItsNameInSourceDetail() {
        Api.TestTenant tenant = Api.signup();
        String id = tenant.admin().body(Map.of("name", "赵敏", "source", "custom", "sourceDetail", "医疗器械博览会微信群"))
                .post("/leads").then().statusCode(201).body("source", equalTo("custom"))
                .body("sourceDetail", equalTo("医疗器械博览会微信群")).extract().path("id");
        tenant.admin().get("/leads/" + id).then().body("sourceDetail", equalTo("医疗器械博览会微信群"));
        tenant.admin().queryParam("source", "custom").get("/leads").then().body("total", equalTo(1))
                .body("items[0].sourceDetail", equalTo("医疗器械博览会微信群"));
        String etag = tenant.admin().get("/leads/" + id).header("ETag");
        tenant.admin().header("If-Match", etag).body(Map.of("sourceDetail", "老客户转介绍群")).patch("/leads/" + id)
                .then().statusCode(200).body("source", equalTo("custom")).body("sourceDetail", equalTo("老客户转介绍群"));
    }

    @Test
    void aRepSeesOnlyTheirOwnLeads() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        Api.Member other = tenant.member("sales-rep", null);
        String mine = lead(tenant, Map.of("name", "我的线索", "source", "phone", "ownerId", rep.id()));
        String theirs = lead(tenant, Map.of("name", "别人的线索", "source", "phone", "ownerId", other.id()));
        rep.as().get("/leads").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(mine));
        rep.as().get("/leads/" + theirs).then().statusCode(404);
        String own = rep.as().body(Map.of("name", "自己录入", "source", "cold-visit")).post("/leads").then().statusCode(201)
                .extract().path("id");
        rep.as().get("/leads/" + own).then().statusCode(200).body("ownerId", equalTo(null));
    }

    @Test
    void ownerIdMeFiltersLeadsAndFollowUpsToTheCaller() {
        Api.TestTenant tenant = Api.signup();
        Api.Member rep = tenant.member("sales-rep", null);
        String admins = lead(tenant, Map.of("name", "管理员的线索", "source", "phone", "ownerId", tenant.adminId()));
        String reps = lead(tenant, Map.of("name", "代表的线索", "source", "phone", "ownerId", rep.id()));
        tenant.admin().queryParam("ownerId", "me").get("/leads").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(admins));
        tenant.admin().queryParam("ownerId", rep.id()).get("/leads").then().body("total", equalTo(1)).body("items[0].id", equalTo(reps));
        String csv = tenant.admin().queryParam("ownerId", "me").get("/leads/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains("管理员的线索").doesNotContain("代表的线索");
        tenant.admin().queryParam("ownerId", "someone").get("/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerId"));

        rep.as().body(Map.of("type", "call", "subject", "代表的电话", "leadId", reps)).post("/activities").then().statusCode(201);
        tenant.admin().body(Map.of("type", "call", "subject", "管理员的电话", "leadId", admins)).post("/activities")
                .then().statusCode(201);
        tenant.admin().queryParam("ownerId", "me").get("/activities").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].subject", equalTo("管理员的电话"));
        rep.as().queryParam("ownerId", "me").get("/activities").then().body("total", equalTo(1))
                .body("items[0].subject", equalTo("代表的电话"));
    }

    @Test
    void theInquiryLogRecordsWhoLoggedEachContactAndMarksLateEntries() {
        Api.TestTenant tenant = Api.signup();
        Api.Member assistant = tenant.member("sales-assistant", null);
        String id = assistant.as().body(Map.of("name", "刘洋", "source", "phone")).post("/leads").then().statusCode(201)
                .extract().path("id");
        assistant.as().body(Map.of("channel", "phone", "summary", "来电咨询代理政策")).post("/leads/" + id + "/inquiries")
                .then().statusCode(200).body("recordedById", equalTo(assistant.id())).body("recordedByName", equalTo("成员 sales-assistant"))
                .body("late", equalTo(false)).body("channel", equalTo("phone"));
        String twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assistant.as().body(Map.of("channel", "chat", "summary", "在线咨询", "occurredAt", twoDaysAgo))
                .post("/leads/" + id + "/inquiries").then().statusCode(200).body("late", equalTo(true));
        assistant.as().body(Map.of("channel", "chat", "summary", "未来", "occurredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/leads/" + id + "/inquiries").then().statusCode(400).body("field", equalTo("occurredAt"));
        assistant.as().body(Map.of("channel", "chat")).post("/leads/" + id + "/inquiries").then().statusCode(400)
                .body("field", equalTo("summary"));
        tenant.admin().get("/leads/" + id + "/inquiries").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].summary", equalTo("来电咨询代理政策"));
        Api.signup().admin().get("/leads/" + id + "/inquiries").then().statusCode(404);
    }

    @Test
    void roundRobinDealsLeadsInTurn() {
        Api.TestTenant tenant = Api.signup();
        Api.Member first = tenant.member("sales-rep", null);
        Api.Member second = tenant.member("sales-rep", null);
        tenant.admin().body(Map.of("name", "轮流", "kind", "round-robin", "userIds", List.of(first.id(), second.id())))
                .post("/lead-assignment-rules").then().statusCode(201).body("kind", equalTo("round-robin"));
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(tenant.admin().body(Map.of("name", "线索" + i, "source", "website")).post("/leads").then()
                    .statusCode(201).extract().path("ownerId"));
        }
        assertThat(owners).containsOnly(first.id(), second.id());
        assertThat(owners.get(0)).isNotEqualTo(owners.get(1));
        assertThat(owners.get(0)).isEqualTo(owners.get(2));
        assertThat(owners.get(1)).isEqualTo(owners.get(3));
    }

    @Test
    void roundRobinWithinATeamTakesTheDepartmentsUsers() {
        Api.TestTenant tenant = Api.signup();
        String team = tenant.admin().body(Map.of("name", "华东销售部")).post("/departments").path("id");
        Api.Member member = tenant.member("sales-rep", team);
        tenant.admin().body(Map.of("name", "团队", "kind", "round-robin", "departmentId", team))
                .post("/lead-assignment-rules").then().statusCode(201);
        tenant.admin().body(Map.of("name", "线索", "source", "website")).post("/leads").then().statusCode(201)
                .body("ownerId", equalTo(member.id()));
    }

    @Test
    void regionAndProductLineRulesMatchFirstByPriority() {
        Api.TestTenant tenant = Api.signup();
        Api.Member shanghai = tenant.member("sales-rep", null);
        Api.Member imaging = tenant.member("sales-rep", null);
        Api.Member anyone = tenant.member("sales-rep", null);
        tenant.admin().body(Map.of("name", "上海", "kind", "region", "priority", 1, "matchValue", "31",
                "userIds", List.of(shanghai.id()))).post("/lead-assignment-rules").then().statusCode(201);
        tenant.admin().body(Map.of("name", "影像", "kind", "product-line", "priority", 2, "matchValue", "影像设备",
                "userIds", List.of(imaging.id()))).post("/lead-assignment-rules").then().statusCode(201);
        tenant.admin().body(Map.of("name", "其余", "kind", "round-robin", "priority", 9,
                "userIds", List.of(anyone.id()))).post("/lead-assignment-rules").then().statusCode(201);
        tenant.admin().body(Map.of("name", "区域缺值", "kind", "region")).post("/lead-assignment-rules").then()
                .statusCode(400).body("field", equalTo("matchValue"));

        assertThat(ownerOf(tenant, Map.of("name", "沪", "source", "website", "regionCode", "310104", "productLine", "影像设备")))
                .isEqualTo(shanghai.id());
        assertThat(ownerOf(tenant, Map.of("name", "苏", "source", "website", "regionCode", "320500", "productLine", "影像设备")))
                .isEqualTo(imaging.id());
        assertThat(ownerOf(tenant, Map.of("name", "浙", "source", "website", "regionCode", "330100")))
                .isEqualTo(anyone.id());
        assertThat(ownerOf(tenant, Map.of("name", "指定", "source", "website", "regionCode", "310104", "ownerId", anyone.id())))
                .as("an explicit owner wins over the rules").isEqualTo(anyone.id());
    }

    @Test
    void theLoadRuleGivesTheLeadToTheRepWithFewestOpenLeads() {
        Api.TestTenant tenant = Api.signup();
        Api.Member busy = tenant.member("sales-rep", null);
        Api.Member idle = tenant.member("sales-rep", null);
        lead(tenant, Map.of("name", "忙1", "source", "phone", "ownerId", busy.id()));
        lead(tenant, Map.of("name", "忙2", "source", "phone", "ownerId", busy.id()));
        String done = lead(tenant, Map.of("name", "闲1", "source", "phone", "ownerId", idle.id()));
        tenant.admin().header("If-Match", tenant.admin().get("/leads/" + done).header("ETag"))
                .body(Map.of("status", "unqualified")).patch("/leads/" + done).then().statusCode(200);
        tenant.admin().body(Map.of("name", "负载", "kind", "load", "userIds", List.of(busy.id(), idle.id())))
                .post("/lead-assignment-rules").then().statusCode(201);
        assertThat(ownerOf(tenant, Map.of("name", "新1", "source", "website"))).isEqualTo(idle.id());
        assertThat(ownerOf(tenant, Map.of("name", "新2", "source", "website"))).isEqualTo(idle.id());
        assertThat(ownerOf(tenant, Map.of("name", "新3", "source", "website"))).as("now 2 each: the first listed")
                .isIn(busy.id(), idle.id());
    }

    @Test
    void anAssignmentRuleIsReadChangedAndDeletedWithItsVersionAndAudited() {
        Api.TestTenant tenant = Api.signup();
        Api.Member shanghai = tenant.member("sales-rep", null);
        Api.Member jiangsu = tenant.member("sales-rep", null);
        Response created = tenant.admin().body(Map.of("name", "上海", "kind", "region", "priority", 5, "matchValue", "31",
                "userIds", List.of(shanghai.id()))).post("/lead-assignment-rules");
        created.then().statusCode(201);
        String id = created.path("id");
        String path = "/lead-assignment-rules/" + id;
        Response read = tenant.admin().get(path);
        read.then().statusCode(200).body("name", equalTo("上海")).body("kind", equalTo("region"))
                .body("matchValue", equalTo("31")).body("userIds", equalTo(List.of(shanghai.id())));
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));

        tenant.admin().body(Map.of("matchValue", "32")).patch(path).then().statusCode(428);
        tenant.admin().header("If-Match", read.header("ETag")).body(Map.of("priority", -1)).patch(path).then()
                .statusCode(400).body("field", equalTo("priority"));
        Map<String, Object> noMatchValue = new java.util.HashMap<>();
        noMatchValue.put("matchValue", null);
        tenant.admin().header("If-Match", read.header("ETag")).body(noMatchValue).patch(path).then()
                .statusCode(400).body("field", equalTo("matchValue"));
        tenant.admin().header("If-Match", read.header("ETag")).body(Map.of("userIds", List.of("no-such-user"))).patch(path)
                .then().statusCode(400).body("field", equalTo("userIds"));
        Response changed = tenant.admin().header("If-Match", read.header("ETag"))
                .body(Map.of("name", "江苏", "matchValue", "32", "userIds", List.of(jiangsu.id()))).patch(path);
        changed.then().statusCode(200).body("name", equalTo("江苏")).body("matchValue", equalTo("32"))
                .body("userIds", equalTo(List.of(jiangsu.id())));
        assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));
        tenant.admin().header("If-Match", read.header("ETag")).body(Map.of("name", "旧版本")).patch(path).then().statusCode(412);
        tenant.admin().queryParam("kind", "region").get("/lead-assignment-rules").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("江苏"));

        assertThat(ownerOf(tenant, Map.of("name", "苏", "source", "website", "regionCode", "320500"))).isEqualTo(jiangsu.id());
        assertThat(ownerOf(tenant, Map.of("name", "沪", "source", "website", "regionCode", "310104"))).isNull();

        // Dealing leads is bookkeeping, not an edit of the rule: its version stays.
        assertThat(tenant.admin().get(path).header("ETag")).isEqualTo(changed.header("ETag"));
        tenant.admin().header("If-Match", read.header("ETag")).delete(path).then().statusCode(412);
        tenant.admin().header("If-Match", changed.header("ETag")).delete(path).then().statusCode(204);
        tenant.admin().get(path).then().statusCode(404);
        tenant.admin().header("If-Match", changed.header("ETag")).body(Map.of("name", "复活")).patch(path).then().statusCode(404);
        tenant.admin().get("/lead-assignment-rules").then().body("total", equalTo(0));
        assertThat(ownerOf(tenant, Map.of("name", "苏2", "source", "website", "regionCode", "320500"))).isNull();
        assertThat(tenant.admin().queryParam("entityId", id).get("/audit-events").<List<String>>path("items.action"))
                .containsExactly("lead-assignment-rule.deleted", "lead-assignment-rule.updated", "lead-assignment-rule.created");
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().body(Map.of("name", "越权", "kind", "round-robin")).post("/lead-assignment-rules").then().statusCode(403);
    }

    private static String ownerOf(Api.TestTenant tenant, Map<String, Object> body) {
        return tenant.admin().body(body).post("/leads").then().statusCode(201).extract().path("ownerId");
    }
}

package io.tradewind.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Opportunity team members (销售团队, ADR 0139): a rep whose scope is their own records sees (and,
 * read-write, edits) opportunities on whose team they are; the owner, the owner's manager and admins
 * manage the team; another tenant reaches none of it.
 */
class OpportunityTeamIT {

    @Test
    void aTeamMemberSeesTheOpportunityAndEditsItOnlyWithReadWriteAccess() {
        Api.TestTenant tenant = Api.signup();
        String department = tenant.admin().body(Map.of("name", "华东销售部")).post("/departments").then().statusCode(201)
                .extract().path("id");
        Api.Member owner = tenant.member("sales-rep", department);
        Api.Member manager = tenant.member("sales-manager", department);
        Api.Member colleague = tenant.member("sales-rep", null);
        Api.Member specialist = tenant.member("sales-rep", null);
        String customer = owner.as().body(Map.of("name", "协同医院")).post("/customers").then().statusCode(201)
                .extract().path("id");
        String opportunity = owner.as().body(Map.of("name", "彩超设备采购", "customerId", customer, "amount", 350000))
                .post("/opportunities").then().statusCode(201).extract().path("id");
        String team = "/opportunities/" + opportunity + "/team";

        colleague.as().get("/opportunities/" + opportunity).then().statusCode(404);
        colleague.as().get("/opportunities").then().body("total", equalTo(0));
        colleague.as().get("/opportunities/kanban").then().body("count", equalTo(0));
        colleague.as().get(team).then().statusCode(404);
        colleague.as().body(Map.of("userId", colleague.id())).post(team).then().statusCode(404);
        owner.as().body(Map.of("userId", owner.id())).post(team).then().statusCode(400).body("field", equalTo("userId"));
        owner.as().body(Map.of("userId", colleague.id(), "access", "admin")).post(team).then().statusCode(400)
                .body("field", equalTo("access"));

        owner.as().body(Map.of("userId", colleague.id(), "access", "read-only")).post(team).then().statusCode(201)
                .body("userId", equalTo(colleague.id())).body("access", equalTo("read-only"));
        owner.as().get(team).then().statusCode(200).body("size()", equalTo(1)).body("[0].access", equalTo("read-only"))
                .body("[0].addedById", equalTo(owner.id()));
        Response seen = colleague.as().get("/opportunities/" + opportunity);
        seen.then().statusCode(200).body("ownerId", equalTo(owner.id()));
        colleague.as().get("/opportunities").then().body("total", equalTo(1)).body("items[0].id", equalTo(opportunity));
        colleague.as().get("/opportunities/kanban").then().body("count", equalTo(1));
        colleague.as().get("/opportunities/" + opportunity + "/history").then().statusCode(200);
        colleague.as().header("If-Match", seen.header("ETag")).body(Map.of("amount", 1)).patch("/opportunities/" + opportunity)
                .then().statusCode(403);
        colleague.as().body(Map.of("stageId", "0SZZZZZZZZZZZ")).post("/opportunities/" + opportunity + "/stage")
                .then().statusCode(403);
        colleague.as().header("If-Match", seen.header("ETag")).delete("/opportunities/" + opportunity).then().statusCode(403);
        // A member does not manage the team, whatever their access.
        colleague.as().body(Map.of("userId", specialist.id())).post(team).then().statusCode(403);

        // The owner's manager (their scope covers the owner's department) manages the team.
        manager.as().body(Map.of("userId", specialist.id())).post(team).then().statusCode(201)
                .body("access", equalTo("read-write"));
        String etag = specialist.as().get("/opportunities/" + opportunity).header("ETag");
        specialist.as().header("If-Match", etag).body(Map.of("name", "彩超设备采购（二期）")).patch("/opportunities/" + opportunity)
                .then().statusCode(200).body("name", equalTo("彩超设备采购（二期）")).body("ownerId", equalTo(owner.id()));

        owner.as().body(Map.of("userId", colleague.id(), "access", "read-write")).post(team).then().statusCode(200)
                .body("access", equalTo("read-write"));
        etag = colleague.as().get("/opportunities/" + opportunity).header("ETag");
        colleague.as().header("If-Match", etag).body(Map.of("expectedCloseDate", "2027-03-31"))
                .patch("/opportunities/" + opportunity).then().statusCode(200).body("expectedCloseDate", equalTo("2027-03-31"));

        tenant.admin().queryParam("entityType", "opportunity").queryParam("entityId", opportunity)
                .queryParam("action", "opportunity.team-member-added").get("/audit-events").then().statusCode(200)
                .body("total", equalTo(2));
        tenant.admin().queryParam("aggregateId", opportunity).get("/events").then().statusCode(200)
                .body("items.type", hasItem("opportunity.team-member-changed"));

        owner.as().delete(team + "/" + colleague.id()).then().statusCode(204);
        owner.as().delete(team + "/" + colleague.id()).then().statusCode(404);
        colleague.as().get("/opportunities/" + opportunity).then().statusCode(404);
        colleague.as().get("/opportunities").then().body("total", equalTo(0));
        tenant.admin().delete(team + "/" + specialist.id()).then().statusCode(204);
        tenant.admin().queryParam("aggregateId", opportunity).get("/events").then()
                .body("items.type", hasItem("opportunity.team-member-removed"));
        owner.as().get(team).then().body("size()", equalTo(0));
    }

    @Test
    void anotherTenantNeitherSeesNorChangesTheTeam() {
        Api.TestTenant tenant = Api.signup();
        Api.Member colleague = tenant.member("sales-rep", null);
        String customer = tenant.admin().body(Map.of("name", "隔离医院")).post("/customers").then().statusCode(201)
                .extract().path("id");
        String opportunity = tenant.admin().body(Map.of("name", "隔离商机", "customerId", customer)).post("/opportunities")
                .then().statusCode(201).extract().path("id");
        String team = "/opportunities/" + opportunity + "/team";
        tenant.admin().body(Map.of("userId", colleague.id())).post(team).then().statusCode(201);

        Api.TestTenant other = Api.signup();
        other.admin().get(team).then().statusCode(404);
        other.admin().body(Map.of("userId", other.adminId())).post(team).then().statusCode(404);
        other.admin().delete(team + "/" + colleague.id()).then().statusCode(404);
        // Nor may tenant A add tenant B's user.
        tenant.admin().body(Map.of("userId", other.adminId())).post(team).then().statusCode(400).body("field", equalTo("userId"));
        tenant.admin().get(team).then().body("size()", equalTo(1)).body("[0].userId", equalTo(colleague.id()));
    }

    @Test
    void deletingTheOpportunityEndsItsTeam() {
        Api.TestTenant tenant = Api.signup();
        Api.Member owner = tenant.member("sales-rep", null);
        Api.Member colleague = tenant.member("sales-rep", null);
        String customer = owner.as().body(Map.of("name", "短期客户")).post("/customers").then().statusCode(201)
                .extract().path("id");
        String opportunity = owner.as().body(Map.of("name", "短期商机", "customerId", customer)).post("/opportunities")
                .then().statusCode(201).extract().path("id");
        owner.as().body(Map.of("userId", colleague.id())).post("/opportunities/" + opportunity + "/team").then().statusCode(201);
        String etag = colleague.as().get("/opportunities/" + opportunity).header("ETag");
        // A read-write member may delete it, as with customers.
        colleague.as().header("If-Match", etag).delete("/opportunities/" + opportunity).then().statusCode(204);
        owner.as().get("/opportunities/" + opportunity + "/team").then().statusCode(404);
        tenant.admin().queryParam("action", "opportunity.team-member-added").get("/audit-events").then()
                .body("total", equalTo(1));
    }
}

package io.tradewind.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customer team members: a rep whose scope is their own records sees (and, read-write, edits) customers on whose team they are. */
class CustomerTeamIT {

    @Test
    void aTeamMemberSeesTheCustomerAndEditsItOnlyWithReadWriteAccess() {
        Api.TestTenant tenant = Api.signup();
        Api.Member owner = tenant.member("sales-rep", null);
        Api.Member colleague = tenant.member("sales-rep", null);
        String customer = owner.as().body(Map.of("name", "协同医院", "regionCode", "320102")).post("/customers").then()
                .statusCode(201).extract().path("id");
        owner.as().body(Map.of("name", "只属于我的客户")).post("/customers").then().statusCode(201);
        String contact = owner.as().body(Map.of("name", "沈主任", "customerId", customer)).post("/contacts").then()
                .statusCode(201).extract().path("id");
        colleague.as().get("/contacts/" + contact).then().statusCode(404);

        colleague.as().get("/customers/" + customer).then().statusCode(404);
        colleague.as().get("/customers").then().body("total", equalTo(0));
        colleague.as().body(Map.of("userId", colleague.id())).post("/customers/" + customer + "/team").then().statusCode(404);
        owner.as().body(Map.of("userId", owner.id())).post("/customers/" + customer + "/team").then().statusCode(400)
                .body("field", equalTo("userId"));
        owner.as().body(Map.of("userId", colleague.id(), "access", "admin")).post("/customers/" + customer + "/team")
                .then().statusCode(400).body("field", equalTo("access"));

        owner.as().body(Map.of("userId", colleague.id(), "access", "read-only")).post("/customers/" + customer + "/team")
                .then().statusCode(201).body("userId", equalTo(colleague.id())).body("access", equalTo("read-only"));
        owner.as().get("/customers/" + customer + "/team").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].access", equalTo("read-only")).body("[0].addedById", equalTo(owner.id()));
        Response seen = colleague.as().get("/customers/" + customer);
        seen.then().statusCode(200).body("memberIds", hasItem(colleague.id()));
        colleague.as().get("/customers").then().body("total", equalTo(1)).body("items[0].id", equalTo(customer));
        colleague.as().header("If-Match", seen.header("ETag")).body(Map.of("name", "改名")).patch("/customers/" + customer)
                .then().statusCode(403);
        // The customer's contacts come with it, read-only too.
        Response contactSeen = colleague.as().get("/contacts/" + contact);
        contactSeen.then().statusCode(200);
        colleague.as().queryParam("customerId", customer).get("/contacts").then().body("total", equalTo(1));
        colleague.as().header("If-Match", contactSeen.header("ETag")).body(Map.of("title", "院长")).patch("/contacts/" + contact)
                .then().statusCode(403);
        colleague.as().body(Map.of("userId", colleague.id(), "access", "read-write")).post("/customers/" + customer + "/team")
                .then().statusCode(403);

        owner.as().body(Map.of("userId", colleague.id(), "access", "read-write")).post("/customers/" + customer + "/team")
                .then().statusCode(200).body("access", equalTo("read-write"));
        String etag = colleague.as().get("/customers/" + customer).header("ETag");
        colleague.as().header("If-Match", etag).body(Map.of("needs", "采购两台监护仪")).patch("/customers/" + customer)
                .then().statusCode(200).body("needs", equalTo("采购两台监护仪")).body("ownerId", equalTo(owner.id()));
        String contactEtag = colleague.as().get("/contacts/" + contact).header("ETag");
        colleague.as().header("If-Match", contactEtag).body(Map.of("title", "院长")).patch("/contacts/" + contact)
                .then().statusCode(200).body("title", equalTo("院长"));

        tenant.admin().queryParam("entityType", "customer").queryParam("entityId", customer)
                .queryParam("action", "customer.team-member-added").get("/audit-events").then().statusCode(200)
                .body("total", equalTo(1));
        tenant.admin().queryParam("aggregateId", customer).get("/events").then().statusCode(200)
                .body("items.type", hasItem("customer.team-member-changed"));

        owner.as().delete("/customers/" + customer + "/team/" + colleague.id()).then().statusCode(204);
        owner.as().delete("/customers/" + customer + "/team/" + colleague.id()).then().statusCode(404);
        colleague.as().get("/customers/" + customer).then().statusCode(404);
        colleague.as().get("/customers").then().body("total", equalTo(0));
        colleague.as().get("/contacts/" + contact).then().statusCode(404);
        Api.signup().admin().get("/customers/" + customer + "/team").then().statusCode(404);
    }

    @Test
    void theMemberIdsFieldKeepsTheTeam() {
        Api.TestTenant tenant = Api.signup();
        Api.Member owner = tenant.member("sales-rep", null);
        Api.Member colleague = tenant.member("sales-rep", null);
        String customer = owner.as().body(Map.of("name", "字段协同客户", "memberIds", List.of(colleague.id())))
                .post("/customers").then().statusCode(201).extract().path("id");
        colleague.as().get("/customers/" + customer).then().statusCode(200);
        owner.as().get("/customers/" + customer + "/team").then().body("[0].access", equalTo("read-write"));
        String etag = owner.as().get("/customers/" + customer).header("ETag");
        owner.as().header("If-Match", etag).body(Map.of("memberIds", List.of())).patch("/customers/" + customer)
                .then().statusCode(200);
        colleague.as().get("/customers/" + customer).then().statusCode(404);
        owner.as().get("/customers/" + customer + "/team").then().body("size()", equalTo(0));
    }
}

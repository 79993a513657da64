package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change is audited and announced; creates honour Idempotency-Key. */
class AuditEventsAndIdempotencyIT {

    @Test
    void changesAreAuditedWithBeforeAndAfter() {
        Api.TestTenant tenant = Api.signup();
        String id = tenant.admin().header("X-Request-Id", "audit-request-1").body(Map.of("name", "审计部"))
                .post("/departments").path("id");
        tenant.admin().header("If-Match", "\"1\"").body(Map.of("name", "内审部")).patch("/departments/" + id)
                .then().statusCode(200);
        Response log = tenant.admin().queryParam("entityId", id).get("/audit-events");
        log.then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("department.updated"))
                .body("items[0].before.name", equalTo("审计部"))
                .body("items[0].after.name", equalTo("内审部"))
                .body("items[0].actorId", equalTo(tenant.adminId()))
                .body("items[1].action", equalTo("department.created"))
                .body("items[1].requestId", equalTo("audit-request-1"));
        tenant.admin().queryParam("action", "tenant.created").get("/audit-events").then().body("total", equalTo(1));
        Api.Member rep = tenant.member("sales-rep", null);
        rep.as().get("/audit-events").then().statusCode(403);
    }

    @Test
    void domainEventsAreDeliveredFromTheOutbox() throws InterruptedException {
        Api.TestTenant tenant = Api.signup();
        String id = tenant.admin().body(Map.of("name", "事件部")).post("/departments").path("id");
        Response events = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            events = tenant.admin().queryParam("aggregateId", id).get("/events");
            if (events.path("items[0].publishedAt") != null) {
                break;
            }
            Thread.sleep(200);
        }
        events.then().statusCode(200).body("total", equalTo(1))
                .body("items[0].type", equalTo("department.created"))
                .body("items[0].payload.name", equalTo("事件部"))
                .body("items[0].publishedAt", notNullValue());
    }

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOneRecord() {
        Api.TestTenant tenant = Api.signup();
        Map<String, Object> body = Map.of("name", "幂等部");
        Response first = tenant.admin().header("Idempotency-Key", "create-dept-1").body(body).post("/departments");
        first.then().statusCode(201);
        Response again = tenant.admin().header("Idempotency-Key", "create-dept-1").body(body).post("/departments");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        tenant.admin().queryParam("q", "幂等部").get("/departments").then().body("total", equalTo(1));
        tenant.admin().header("Idempotency-Key", "create-dept-1").body(Map.of("name", "另一个")).post("/departments")
                .then().statusCode(422)
                .body("type", equalTo("https://tradewind.io/problems/idempotency-key-reused"));
        // Keys are per tenant: another tenant may use the same key for its own record.
        Api.TestTenant other = Api.signup();
        other.admin().header("Idempotency-Key", "create-dept-1").body(body).post("/departments")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRefusedCreateIsReplayedAsRefused() {
        Api.TestTenant tenant = Api.signup();
        Map<String, Object> body = Map.of("email", "bad", "name", "x", "roles", List.of("sales-rep"));
        tenant.admin().header("Idempotency-Key", "invite-bad").body(body).post("/users").then().statusCode(400);
        tenant.admin().header("Idempotency-Key", "invite-bad").body(body).post("/users")
                .then().statusCode(400).header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");
    }
}
